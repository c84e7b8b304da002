package org.parley.talk;

import java.time.LocalDate;
import java.util.UUID;

/** Where a key issue stood at one round, with what the other features need to know of the round. */
public record AgendaEntry(UUID talkId, String title, UUID processId, LocalDate startDate, LocalDate endDate, TalkStatus talkStatus,
                          UUID keyIssueId, AgendaStatus status, String note) {
}
