package org.parley.talk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

record TalkResponse(
    UUID id,
    @Schema(example = "Miami consultations on the US peace plan") String title,
    @Schema(example = "Miami", nullable = true, description = "Null only while the round has not sat") String city,
    @Schema(example = "United States", nullable = true, description = "Null only while the round has not sat") String country,
    @Schema(nullable = true) String venue,
    @Schema(example = "2025-12-20", nullable = true, description = "Null only while the round has not sat") LocalDate startDate,
    @Schema(example = "2025-12-21", nullable = true, description = "Null only while the round has not sat") LocalDate endDate,
    TalkFormat format,
    TalkStatus status,
    @Schema(nullable = true) String summary,
    @Schema(nullable = true, example = "early January") String expectedWhen,
    @Schema(nullable = true, example = "88888888-0000-7000-8000-000000000001") UUID processId,
    @ArraySchema(maxItems = Talk.MAX_PARTICIPANTS) List<ParticipantResponse> participants,
    @ArraySchema(maxItems = Talk.MAX_AGENDA_ITEMS) List<AgendaItemResponse> agenda,
    long version,
    Instant createdAt,
    Instant updatedAt) implements Versioned {
}
