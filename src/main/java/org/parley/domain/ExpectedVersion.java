package org.parley.domain;

import java.util.Set;

/**
 * The versions a client says it last saw (from {@code If-Match}); a write goes ahead only if the
 * aggregate is still at one of them, so that two editors of one round do not overwrite each other.
 */
public record ExpectedVersion(Set<Long> versions) {

    /** No precondition: the caller sent no {@code If-Match}, or {@code If-Match: *}. */
    public static final ExpectedVersion ANY = new ExpectedVersion(null);

    public ExpectedVersion {
        versions = versions == null ? null : Set.copyOf(versions);
    }

    public void check(AggregateRoot aggregate) {
        if (versions != null && !versions.contains(aggregate.getVersion())) {
            throw new VersionMismatch(aggregate, versions);
        }
    }
}
