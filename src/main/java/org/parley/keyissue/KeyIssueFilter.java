package org.parley.keyissue;

import java.time.Instant;
import java.util.List;

import org.parley.domain.ListFilters;

import org.springframework.data.jpa.domain.Specification;

/** The list filters of {@code GET /key-issues}: the categories (any of them), and the time of the last change. */
record KeyIssueFilter(List<KeyIssueCategory> categories, Instant updatedSince) {

    KeyIssueFilter {
        categories = ListFilters.values(categories);
    }

    Specification<KeyIssue> toSpecification() {
        return ListFilters.<KeyIssue>anyOf("category", categories).and(ListFilters.updatedSince(updatedSince));
    }
}
