package org.parley.position;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** Each side's stance on one key issue over time: where it stands now, and how it got there. */
record KeyIssuePositionsResponse(
    UUID keyIssueId,
    @Schema(example = "Territory") String name,
    @ArraySchema(arraySchema = @Schema(description = "Every side that took a position on the issue, by side code"),
        maxItems = PositionService.MAX_ON_KEY_ISSUE) List<SidePositionsResponse> sides) {

    record SidePositionsResponse(
        @Schema(example = "UKR") String side,
        @Schema(description = "The side's latest position: of the latest day, and of those the one recorded last") PositionResponse current,
        @ArraySchema(arraySchema = @Schema(description = "The side's positions, oldest first; the last is current"),
            maxItems = PositionService.MAX_ON_KEY_ISSUE) List<PositionResponse> history) {
    }
}
