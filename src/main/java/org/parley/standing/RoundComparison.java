package org.parley.standing;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.talk.AgendaStatus;

/** What changed on the agenda between an earlier round and this one. */
record RoundComparison(
    UUID talkId,
    @Schema(nullable = true, description = "The earlier round compared with; null when the round has no earlier one in its process") UUID withTalkId,
    // two agendas of at most 100 issues each
    @ArraySchema(maxItems = 200) List<ComparisonItem> items) {

    record ComparisonItem(UUID keyIssueId, String name, @Schema(nullable = true) AgendaStatus before, @Schema(nullable = true) AgendaStatus after,
                Change change) {
    }
}
