package org.parley.talk;

import java.time.LocalDate;
import java.util.UUID;

/** What other features need to know of a round to place it in a process. */
public record RoundSummary(UUID id, String title, UUID processId, LocalDate startDate, LocalDate endDate, TalkStatus status) {
}
