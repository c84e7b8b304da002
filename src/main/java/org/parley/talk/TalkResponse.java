package org.parley.talk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.parley.web.Versioned;

record TalkResponse(
    UUID id,
    String title,
    String city,
    String country,
    String venue,
    LocalDate startDate,
    LocalDate endDate,
    TalkFormat format,
    TalkStatus status,
    String summary,
    List<ParticipantResponse> participants,
    List<AgendaItemResponse> agenda,
    long version,
    Instant createdAt,
    Instant updatedAt) implements Versioned {
}
