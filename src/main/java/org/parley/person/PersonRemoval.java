package org.parley.person;

import java.util.UUID;

import org.parley.domain.References;

/** Published before a person is deleted; listeners add what still names them. */
public record PersonRemoval(UUID personId, References references) {
}
