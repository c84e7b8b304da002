package org.parley.talk;

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
import org.springframework.data.domain.Limit;

interface TalkRepository extends JpaRepository<Talk, UUID>, JpaSpecificationExecutor<Talk> {

    /**
     * The talks the delegation sits at, locked until the transaction ends: a change of its side is judged
     * against seats that cannot change meanwhile, as a seat is judged with its talk locked.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Talk t where exists (select p from Participation p where p.talk = t and p.delegationId = :delegationId)")
    List<Talk> findSeatingLocked(UUID delegationId);

    /** The names, folded, that the countries named go by: Turkey and Türkiye are one country. */
    @Query(nativeQuery = true, value = """
        select parley_fold(v) from unnest(cast(array[:names] as text[])) v
        union
        select parley_fold(n.name) from country_names n join country_names c on c.country = n.country
        where parley_fold(c.name) in (select parley_fold(v) from unnest(cast(array[:names] as text[])) v)
        """)
    List<String> findFoldedCountryNames(Collection<String> names);

    @Query("select count(p) from Participation p where p.delegationId = :delegationId")
    long countParticipationsOf(UUID delegationId);

    @Query("select t.id from Talk t where t.processId in :processIds")
    List<UUID> findIdsByProcessIds(Collection<UUID> processIds);

    @Query("select count(t) from Talk t where t.processId = :processId")
    long countByProcessId(UUID processId);

    @Query("select c from AgendaChange c where c.talk.id = :talkId and c.keyIssueId = :keyIssueId order by c.changedAt, c.id")
    List<AgendaChange> findAgendaChanges(UUID talkId, UUID keyIssueId, Limit limit);

    /** The rounds that had the key issue on their agenda, in date order, rounds not yet dated last. */
    @Query("""
        select new org.parley.talk.AgendaEntry(t.id, t.title, t.processId, t.startDate, t.endDate, t.status, a.keyIssueId, a.status, a.note)
        from AgendaItem a join a.talk t
        where a.keyIssueId = :keyIssueId and (:processId is null or t.processId = :processId)
        order by t.startDate asc nulls last, t.endDate asc nulls last, t.id
        limit 1000
        """)
    // the cap is a literal: bound as a parameter, it leads PostgreSQL's cached generic plan to walk every round in date order
    List<AgendaEntry> findAgendaEntriesOn(UUID keyIssueId, UUID processId);

    /** The whole agenda of the given rounds, in one query. */
    @Query("""
        select new org.parley.talk.AgendaEntry(t.id, t.title, t.processId, t.startDate, t.endDate, t.status, a.keyIssueId, a.status, a.note)
        from AgendaItem a join a.talk t where t.id in :talkIds
        """)
    List<AgendaEntry> findAgendaEntriesAt(Collection<UUID> talkIds);

    /** The round of the same process that started last before the given day. */
    @Query("""
        select t.id from Talk t where t.processId = :processId and t.startDate < :before
        order by t.startDate desc, t.id desc limit 1
        """)
    List<UUID> findRoundBefore(UUID processId, LocalDate before);

    @Query(value = "select count(*) from talk_participant_members where person_id = :personId", nativeQuery = true)
    long countRoundMembersWhoAre(UUID personId);

    @Query("select count(c) from AgendaChange c where c.keyIssueId = :keyIssueId")
    long countAgendaChangesOn(UUID keyIssueId);

    @Query("select count(a) from AgendaItem a where a.keyIssueId = :keyIssueId")
    long countAgendaItemsOn(UUID keyIssueId);

    /**
     * By query rather than {@code findById}: Hibernate's {@code EntityManager.find} answers "nothing" when
     * the connection fails inside the transaction, which would turn a database outage into a 404.
     */
    Optional<Talk> findOneById(UUID id);

    /** Locked until the transaction ends, so that concurrent writes of one aggregate queue instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Talk> findLockedById(UUID id);
}
