package org.parley.change;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** One entry of the change feed. */
record ChangeResponse(
    @Schema(description = "Position in the feed: gap-free, strictly increasing, in commit order", example = "42") long seq,
    @Schema(description = "When the change was committed") Instant at,
    ResourceType resourceType,
    @Schema(description = "The changed record's id; for a seat, an agenda item or a tabled document, the id of the delegation, key issue or document it is keyed by")
    UUID id,
    ChangeAction action,
    @Schema(description = "The record's version (its ETag) after the change; for a part of a talk or delegation, the version of the whole")
    long version,
    @ArraySchema(maxItems = 100, arraySchema = @Schema(description = "The top-level fields whose values changed, for an update; empty for a creation or deletion",
        example = "[\"status\"]"), schema = @Schema(maxLength = 100)) List<String> changedFields,
    @Schema(description = "Where the record is read (gone after a deletion)", example = "/api/v1/talks/0193f1c2-5a6b-7c8d-9e0f-1a2b3c4d5e6f")
    String path,
    @Schema(nullable = true, description = "The round the record belongs to, if any") UUID talkId,
    @Schema(nullable = true, description = "The process the record belongs to, if any, when it changed") UUID processId,
    @Schema(nullable = true, description = "The revision that made the change, as listed in the record's history; null for changes made before "
        + "history was kept", example = "1042") Long revision,
    @Schema(nullable = true, maxLength = 300, description = "Who made the change: `token:<name> (<id>)` for an API token, `jwt:<subject>` for a "
        + "signed-in user, `admin-token` or `system`; null for a caller without credentials, and for changes made before history was kept", example = "token:newsroom-ingest (0193f1c2-5a6b-7c8d-9e0f-1a2b3c4d5e6f)")
    String changedBy) {
}
