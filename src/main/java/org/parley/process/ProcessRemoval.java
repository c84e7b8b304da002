package org.parley.process;

import java.util.UUID;

import org.parley.domain.References;

/** Published before a process is deleted; listeners add what still belongs to it. */
public record ProcessRemoval(UUID processId, References references) {
}
