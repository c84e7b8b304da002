package org.parley.statement;

import java.time.LocalDate;
import java.util.UUID;

/** A statement as other features show it beside something else: who said what, when. */
public record StatementBrief(UUID id, UUID talkId, String speaker, LocalDate statedOn, StatementKind kind, boolean quote, String text) {
}
