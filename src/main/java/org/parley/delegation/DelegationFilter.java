package org.parley.delegation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.parley.domain.ListFilters;

import org.springframework.data.jpa.domain.Specification;

/** The list filters of {@code GET /delegations}: the parties (any case; any of them), and the time of the last change. */
record DelegationFilter(List<String> parties, Instant updatedSince) {

    DelegationFilter {
        parties = ListFilters.values(parties).stream().map(party -> party.strip().toLowerCase(Locale.ROOT)).toList();
    }

    Specification<Delegation> toSpecification() {
        Specification<Delegation> party = parties.isEmpty() ? Specification.unrestricted()
            : (delegation, query, cb) -> cb.lower(delegation.get("party")).in(parties);
        return party.and(ListFilters.updatedSince(updatedSince));
    }
}
