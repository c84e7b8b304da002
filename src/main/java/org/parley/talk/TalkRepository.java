package org.parley.talk;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TalkRepository extends JpaRepository<Talk, UUID>, JpaSpecificationExecutor<Talk> {

    /**
     * The talks the delegation sits at, locked until the transaction ends: a change of its side is judged
     * against seats that cannot change meanwhile, as a seat is judged with its talk locked.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Talk t where exists (select p from Participation p where p.talk = t and p.delegationId = :delegationId)")
    List<Talk> findSeatingLocked(UUID delegationId);

    @Query("select count(p) from Participation p where p.delegationId = :delegationId")
    long countParticipationsOf(UUID delegationId);

    @Query("select t.id from Talk t where t.processId = :processId")
    List<UUID> findIdsByProcessId(UUID processId);

    @Query("select count(t) from Talk t where t.processId = :processId")
    long countByProcessId(UUID processId);

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
