package org.parley.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.parley.domain.InvalidInput;

import org.springframework.data.jpa.domain.Specification;

/** The list filters of {@code GET /positions}; each null field filters nothing. */
record PositionFilter(String side, UUID keyIssueId, Stance stance, LocalDate from, LocalDate to) {

    PositionFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "must be on or after from (" + from + ")");
        }
    }

    Specification<Position> toSpecification() {
        List<Specification<Position>> specs = new ArrayList<>();
        if (side != null) {
            specs.add((position, query, cb) -> cb.equal(position.get("side"), side));
        }
        if (keyIssueId != null) {
            specs.add((position, query, cb) -> cb.equal(position.get("keyIssueId"), keyIssueId));
        }
        if (stance != null) {
            specs.add((position, query, cb) -> cb.equal(position.get("stance"), stance));
        }
        if (from != null) {
            specs.add((position, query, cb) -> cb.greaterThanOrEqualTo(position.get("asOf"), from));
        }
        if (to != null) {
            specs.add((position, query, cb) -> cb.lessThanOrEqualTo(position.get("asOf"), to));
        }
        return Specification.allOf(specs);
    }
}
