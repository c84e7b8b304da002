package org.parley.history;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** One revision of a record, with the record's whole state as that revision left it. */
public record RevisionResponse(
    @Schema(description = "The revision's number: one per transaction, increasing over the whole service", example = "1042") long revision,
    @Schema(description = "When the revision was made") Instant at,
    @Schema(nullable = true, maxLength = 300, description = "Who made it: `token:<name> (<id>)` for an API token, `jwt:<subject>` for a "
        + "signed-in user, `admin-token`, `system` for work done outside any request, or `baseline` for the state a record was in when "
        + "history began; null for a caller without credentials", example = "token:newsroom-ingest (0193f1c2-5a6b-7c8d-9e0f-1a2b3c4d5e6f)")
    String by,
    @Schema(nullable = true, maxLength = 100, description = "The X-Request-Id of the request that made it, to find its log lines; null for "
        + "a caller without credentials, and for a revision made outside any request")
    String requestId,
    RevisionAction action,
    @Schema(maxProperties = 40, description = "The record's stored fields as that revision left them, named in camelCase, with the parts it "
        + "holds (a talk's participants, agenda and sessions, a statement's sources) as lists; for a deletion, the state it was deleted in")
    Map<String, Object> state) {
}
