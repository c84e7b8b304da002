package org.parley.statement;

import java.util.UUID;

import org.parley.domain.References;

/** Published before a statement is deleted; listeners add what still cites it. */
public record StatementRemoval(UUID statementId, References references) {
}
