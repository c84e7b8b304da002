package org.parley.delegation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DelegationRepository extends JpaRepository<Delegation, UUID> {

    @Query("select d from Delegation d where :party is null or lower(d.party) = lower(cast(:party as string))")
    Page<Delegation> findByParty(String party, Pageable pageable);

    @Query("select new org.parley.delegation.DelegationSummary(d.id, d.name, d.party) from Delegation d where d.id in :ids")
    List<DelegationSummary> findSummaries(Collection<UUID> ids);
}
