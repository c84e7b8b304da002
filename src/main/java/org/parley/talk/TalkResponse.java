package org.parley.talk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

record TalkResponse(
    UUID id,
    String title,
    String city,
    String country,
    @Schema(nullable = true) String venue,
    LocalDate startDate,
    LocalDate endDate,
    TalkFormat format,
    TalkStatus status,
    @Schema(nullable = true) String summary,
    List<ParticipantResponse> participants,
    List<AgendaItemResponse> agenda,
    long version,
    Instant createdAt,
    Instant updatedAt) implements Versioned {
}
