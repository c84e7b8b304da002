package org.parley.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

/**
 * What the filters of every list share: a filter given several values matches any of them
 * ({@code kind=CLAIM&kind=DENIAL}), up to {@link #MAX_VALUES}, and {@code updatedSince} keeps the
 * records changed at or after an instant.
 */
public final class ListFilters {

    /** The most values one filter takes; more ids than a page holds would be a query, not a filter. */
    public static final int MAX_VALUES = 50;

    private ListFilters() {
    }

    /** The values a filter was given, none when it was left out. */
    public static <T> List<T> values(List<T> given) {
        return given == null ? List.of() : List.copyOf(given);
    }

    /** The records whose attribute holds any of the values, or all of them when there are none. */
    public static <T> Specification<T> anyOf(String attribute, Collection<?> values) {
        return values.isEmpty() ? Specification.unrestricted() : (root, query, cb) -> root.get(attribute).in(values);
    }

    /** The aggregates changed at or after an instant, or all of them when it is null. */
    public static <T extends AggregateRoot> Specification<T> updatedSince(Instant since) {
        return since == null ? Specification.unrestricted() : (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("updatedAt"), since);
    }
}
