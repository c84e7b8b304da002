package org.parley.delegation;

import java.util.UUID;

import org.parley.domain.References;

/** Published before a delegation is deleted; listeners add what still references it. */
public record DelegationRemoval(UUID delegationId, References references) {
}
