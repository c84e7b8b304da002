package org.parley.statement;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, UUID>, JpaSpecificationExecutor<Statement> {

    long countByDelegationId(UUID delegationId);

    long countByTalkId(UUID talkId);

    long countByTalkIdAndDelegationId(UUID talkId, UUID delegationId);

    @Query("select count(s) from Statement s join s.keyIssueIds k where k = :keyIssueId")
    long countAbout(UUID keyIssueId);

    /**
     * By query rather than {@code findById}: Hibernate's {@code EntityManager.find} answers "nothing" when
     * the connection fails inside the transaction, which would turn a database outage into a 404.
     */
    Optional<Statement> findOneById(UUID id);

    /** Locked until the transaction ends, so that concurrent writes of one aggregate queue instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Statement> findLockedById(UUID id);
}
