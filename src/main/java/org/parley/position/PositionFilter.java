package org.parley.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.parley.domain.InvalidInput;
import org.parley.domain.ListFilters;

import org.springframework.data.jpa.domain.Specification;

/** The list filters of {@code GET /positions}; each null field filters nothing. */
record PositionFilter(List<String> sides, List<UUID> keyIssueIds, List<Stance> stances, LocalDate from, LocalDate to, Instant updatedSince) {

    PositionFilter {
        sides = ListFilters.values(sides);
        keyIssueIds = ListFilters.values(keyIssueIds);
        stances = ListFilters.values(stances);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "must be on or after from (" + from + ")");
        }
    }

    Specification<Position> toSpecification() {
        List<Specification<Position>> specs = new ArrayList<>();
        specs.add(ListFilters.anyOf("side", sides));
        specs.add(ListFilters.anyOf("keyIssueId", keyIssueIds));
        specs.add(ListFilters.anyOf("stance", stances));
        if (from != null) {
            specs.add((position, query, cb) -> cb.greaterThanOrEqualTo(position.get("asOf"), from));
        }
        if (to != null) {
            specs.add((position, query, cb) -> cb.lessThanOrEqualTo(position.get("asOf"), to));
        }
        specs.add(ListFilters.updatedSince(updatedSince));
        return Specification.allOf(specs);
    }
}
