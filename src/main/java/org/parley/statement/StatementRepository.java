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

    /** How many statements the talk holds, counting at most {@code limit}, from the talk's index alone. */
    @Query(value = "select count(*) from (select 1 from statements where talk_id = :talkId limit :limit) made", nativeQuery = true)
    long countOfAtMost(UUID talkId, long limit);

    /** A page of the talk's statements in the list's default order, newest first, from the talk's index alone. */
    @Query(value = "select id from statements where talk_id = :talkId order by stated_on desc, id offset :offset limit :limit",
        nativeQuery = true)
    List<UUID> newestOf(UUID talkId, long offset, int limit);

    /**
     * How many statements are about the key issue, counting at most {@code limit}: one row per statement
     * and issue, each row's statement held by a foreign key, so the index alone counts them.
     */
    @Query(value = "select count(*) from (select 1 from statement_key_issues where key_issue_id = :keyIssueId limit :limit) about",
        nativeQuery = true)
    long countAboutAtMost(UUID keyIssueId, long limit);

    /** A page of the statements about the key issue in the list's default order, newest first, from its index alone. */
    @Query(value = """
        select statement_id from statement_key_issues where key_issue_id = :keyIssueId
        order by stated_on desc, statement_id offset :offset limit :limit
        """, nativeQuery = true)
    List<UUID> newestAbout(UUID keyIssueId, long offset, int limit);

    /**
     * A page of the statements whose speaker matches the LIKE pattern (lower case) or who are one of the people,
     * newest first: the newest {@code offset + limit} of each matching spelling and of each person, merged. The
     * cost grows with the page and the spellings, not with the statements they made.
     */
    @Query(value = """
        select id from (
            select n.id, n.stated_on from statement_speakers sp
            cross join lateral (select s.id, s.stated_on from statements s where s.speaker_key = sp.spelling
                                order by s.stated_on desc, s.id limit :offset + :limit) n
            where sp.spelling like :pattern escape '\\'
            union
            select n.id, n.stated_on from unnest(cast(:people as uuid[])) p (id)
            cross join lateral (select s.id, s.stated_on from statements s where s.person_id = p.id
                                order by s.stated_on desc, s.id limit :offset + :limit) n
        ) spoken
        order by stated_on desc, id offset :offset limit :limit
        """, nativeQuery = true)
    List<UUID> newestSpokenBy(String pattern, UUID[] people, long offset, int limit);

    /**
     * How many statements {@link #newestSpokenBy} pages through, counting at most {@code limit} of those under
     * a matching spelling and as many of the rest: each part stops at its limit, and each spelling's count reads
     * no further than that into its index, and nothing but the index.
     */
    @Query(value = """
        select (select count(*) from (select 1 from statement_speakers sp
                    cross join lateral (select 1 from statements s where s.speaker_key = sp.spelling
                                        order by s.stated_on desc, s.id limit :limit) n
                    where sp.spelling like :pattern escape '\\'
                    limit :limit) spelled)
             + (select count(*) from (select 1 from statements s
                    where s.person_id = any (cast(:people as uuid[])) and s.speaker_key not like :pattern escape '\\'
                    limit :limit) named)
        """, nativeQuery = true)
    long countSpokenByAtMost(String pattern, UUID[] people, long limit);

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
