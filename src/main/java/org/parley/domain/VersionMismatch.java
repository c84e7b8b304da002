package org.parley.domain;

import java.util.Set;

/** The resource changed since the client read it: its {@code If-Match} no longer holds. */
public class VersionMismatch extends RuntimeException {

    VersionMismatch(AggregateRoot aggregate, Set<Long> expected) {
        super("%s is at version %d, not %s as If-Match expects; read it again and reapply your change"
            .formatted(aggregate.getId(), aggregate.getVersion(), expected.size() == 1 ? expected.iterator().next() : expected));
    }
}
