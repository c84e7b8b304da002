package org.parley.process;

import java.time.Instant;
import java.util.List;

import org.parley.domain.ListFilters;

import org.springframework.data.jpa.domain.Specification;

/** The list filters of {@code GET /processes}: the statuses (any of them), and the time of the last change. */
record ProcessFilter(List<ProcessStatus> statuses, Instant updatedSince) {

    ProcessFilter {
        statuses = ListFilters.values(statuses);
    }

    Specification<PeaceProcess> toSpecification() {
        return ListFilters.<PeaceProcess>anyOf("status", statuses).and(ListFilters.updatedSince(updatedSince));
    }
}
