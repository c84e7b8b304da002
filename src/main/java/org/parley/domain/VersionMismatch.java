package org.parley.domain;

import java.util.Set;
import java.util.stream.Collectors;

/** The resource changed since the client read it: its {@code If-Match} no longer holds. */
public class VersionMismatch extends RuntimeException {

    VersionMismatch(AggregateRoot aggregate, Set<Long> expected) {
        super("%s %s is at version %d, not %s as If-Match expects; read it again and reapply your change"
            .formatted(aggregate.kind(), aggregate.getId(), aggregate.getVersion(), describe(expected)));
    }

    private static String describe(Set<Long> expected) {
        if (expected.isEmpty()) {
            return "any version If-Match names (it names no strong ETag of the form \"3\")";
        }
        return expected.size() == 1 ? expected.iterator().next().toString()
            : "any of " + expected.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
