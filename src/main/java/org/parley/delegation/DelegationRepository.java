package org.parley.delegation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DelegationRepository extends JpaRepository<Delegation, UUID>, JpaSpecificationExecutor<Delegation> {

    @Query("select new org.parley.delegation.DelegationSummary(d.id, d.name, d.party) from Delegation d where d.id in :ids")
    List<DelegationSummary> findSummaries(Collection<UUID> ids);

    @Query("select count(m) from Member m where m.personId = :personId")
    long countMembersWhoAre(UUID personId);

    @Query("select d.id from Delegation d where d.partyCode in :sides")
    List<UUID> findIdsBySides(Collection<String> sides);

    /**
     * By query rather than {@code findById}: Hibernate's {@code EntityManager.find} answers "nothing" when
     * the connection fails inside the transaction, which would turn a database outage into a 404.
     */
    Optional<Delegation> findOneById(UUID id);

    /** Locked until the transaction ends, so that concurrent writes of one aggregate queue instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Delegation> findLockedById(UUID id);
}
