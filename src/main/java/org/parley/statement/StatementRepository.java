package org.parley.statement;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, UUID>, JpaSpecificationExecutor<Statement> {

    long countByDelegationId(UUID delegationId);

    long countByTalkId(UUID talkId);

    long countByTalkIdAndDelegationId(UUID talkId, UUID delegationId);

    @Query("select count(s) from Statement s join s.keyIssueIds k where k = :keyIssueId")
    long countAbout(UUID keyIssueId);
}
