package org.parley.statement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
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

    long countByPersonId(UUID personId);

    long countByTalkIdAndDelegationId(UUID talkId, UUID delegationId);

    @Query("select count(s) from Statement s join s.keyIssueIds k where k = :keyIssueId")
    long countAbout(UUID keyIssueId);

    @Query("select count(s) from Statement s join s.documentIds d where d = :documentId")
    long countReferringTo(UUID documentId);

    /**
     * The days of the given statements, which are share-locked until the transaction ends: a statement
     * answered cannot meanwhile move to a later day, nor start answering its answer.
     */
    @Query(value = "select id, stated_on from statements where id in (:ids) order by id for share", nativeQuery = true)
    List<Object[]> findDaysLocked(Collection<UUID> ids);

    /** The statements that answer this one and were made before the given day. */
    @Query(value = """
        select s.id from statement_relations r join statements s on s.id = r.statement_id
        where r.target_id = :id and s.stated_on < :day
        """, nativeQuery = true)
    List<UUID> findAnswersMadeBefore(UUID id, LocalDate day);

    /** Whether {@code answerer} is reached by following answers from any of {@code answered}: answering them would close a loop. */
    @Query(value = """
        with recursive answered(id) as (
            select r.target_id from statement_relations r where r.statement_id in (:answered)
            union
            select r.target_id from statement_relations r join answered a on r.statement_id = a.id
        )
        select exists (select 1 from answered where id = :answerer)
        """, nativeQuery = true)
    boolean answersLeadBackTo(Collection<UUID> answered, UUID answerer);

    /** Every statement joined to this one by answers in either direction, itself included, up to a limit. */
    @Query(value = """
        with recursive thread(id) as (
            select cast(:id as uuid)
            union
            select case when r.statement_id = t.id then r.target_id else r.statement_id end
            from thread t join statement_relations r on r.statement_id = t.id or r.target_id = t.id
        )
        select id from thread limit :limit
        """, nativeQuery = true)
    List<UUID> findThreadIds(UUID id, int limit);

    @Query("select s from Statement s where s.id in :ids order by s.statedOn, s.createdAt, s.id")
    List<Statement> findAllInDateOrder(Collection<UUID> ids);

    @Query("""
        select new org.parley.statement.StatementBrief(s.id, s.talkId, s.speaker, s.statedOn, s.kind, s.quote, s.text)
        from Statement s
        where s.id in (select s2.id from Statement s2 join s2.keyIssueIds k where k = :keyIssueId and s2.talkId in :talkIds)
        order by s.statedOn, s.createdAt, s.id
        """)
    List<StatementBrief> findBriefsAbout(UUID keyIssueId, Collection<UUID> talkIds);

    @Query("select s.id from Statement s where s.id in :ids")
    List<UUID> findExistingIds(Collection<UUID> ids);

    @Query(value = "select count(*) from statement_relations where target_id = :id", nativeQuery = true)
    long countAnswersTo(UUID id);

    /**
     * By query rather than {@code findById}: Hibernate's {@code EntityManager.find} answers "nothing" when
     * the connection fails inside the transaction, which would turn a database outage into a 404.
     */
    Optional<Statement> findOneById(UUID id);

    /** Locked until the transaction ends, so that concurrent writes of one aggregate queue instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Statement> findLockedById(UUID id);
}
