package org.parley.talk;

import java.util.UUID;

import jakarta.persistence.Embeddable;

/** A person who sat for a delegation at one round, in a position, heading it there or not. */
@Embeddable
record RoundMember(UUID personId, String position, boolean head) {
}
