package org.parley.delegation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DelegationRepository extends JpaRepository<Delegation, UUID> {

    // one query per case rather than "(:party is null or ...)", which keeps the planner off delegations_party_idx
    default Page<Delegation> findByParty(String party, Pageable pageable) {
        return party == null || party.isBlank() ? findAll(pageable) : findByPartyIgnoringCase(party.strip(), pageable);
    }

    @Query("select d from Delegation d where lower(d.party) = lower(:party)")
    Page<Delegation> findByPartyIgnoringCase(String party, Pageable pageable);

    @Query("select new org.parley.delegation.DelegationSummary(d.id, d.name, d.party) from Delegation d where d.id in :ids")
    List<DelegationSummary> findSummaries(Collection<UUID> ids);

    @Query("select count(m) from Member m where m.personId = :personId")
    long countMembersWhoAre(UUID personId);

    @Query("select d.id from Delegation d where d.partyCode = :side")
    List<UUID> findIdsBySide(String side);

    /**
     * By query rather than {@code findById}: Hibernate's {@code EntityManager.find} answers "nothing" when
     * the connection fails inside the transaction, which would turn a database outage into a 404.
     */
    Optional<Delegation> findOneById(UUID id);

    /** Locked until the transaction ends, so that concurrent writes of one aggregate queue instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Delegation> findLockedById(UUID id);
}
