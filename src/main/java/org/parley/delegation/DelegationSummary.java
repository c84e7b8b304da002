package org.parley.delegation;

import java.util.UUID;

/** What other features need to know of a delegation: enough to name it and to tell whose side it is on. */
public record DelegationSummary(UUID id, String name, String party) {
}
