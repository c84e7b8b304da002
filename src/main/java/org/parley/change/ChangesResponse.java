package org.parley.change;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** A stretch of the change feed after a cursor. */
record ChangesResponse(
    @ArraySchema(maxItems = ChangeService.MAX_LIMIT) List<ChangeResponse> content,
    @Schema(description = "The cursor to ask with next (`after`): the last seq here, or, when fewer than `limit` came, the end of the feed as it was read, past the changes the filters left out")
    long next,
    @Schema(description = "The last seq committed when this was read, whatever the filters: when next has reached it, the client has seen everything")
    long latest) {
}
