package org.parley.position;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PositionRepository extends JpaRepository<Position, UUID>, JpaSpecificationExecutor<Position> {

    long countByKeyIssueId(UUID keyIssueId);

    @Query(value = "select count(*) from position_evidence where statement_id = :statementId", nativeQuery = true)
    long countCiting(UUID statementId);

    /**
     * The latest positions on a key issue, up to a limit, with their evidence, in one statement: by side,
     * then oldest first, a position recorded later on the same day counting as the later one.
     */
    @Query("""
        select p from Position p left join fetch p.evidenceStatementIds
        where p.keyIssueId = :keyIssueId and p.id in (
            select q.id from Position q where q.keyIssueId = :keyIssueId order by q.asOf desc, q.createdAt desc, q.id desc limit :limit)
        order by p.side, p.asOf, p.createdAt, p.id
        """)
    List<Position> findLatestOnKeyIssue(UUID keyIssueId, int limit);

    /** By query rather than {@code findById}, which answers "nothing" when the connection fails inside the transaction. */
    Optional<Position> findOneById(UUID id);

    /** Locked until the transaction ends, so that concurrent writes of one aggregate queue instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Position> findLockedById(UUID id);
}
