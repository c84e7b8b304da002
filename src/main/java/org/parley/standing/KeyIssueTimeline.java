package org.parley.standing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.document.DocumentSummary;
import org.parley.statement.StatementBrief;
import org.parley.talk.AgendaStatus;
import org.parley.talk.TalkStatus;

/** How a key issue moved from round to round, and where it stands now. */
record KeyIssueTimeline(
    UUID keyIssueId,
    @Schema(example = "Territory") String name,
    @Schema(nullable = true, description = "The process the timeline is limited to, if one was asked for") UUID processId,
    @Schema(nullable = true, description = "The status at the latest round that has sat (ONGOING or CONCLUDED), else at the latest round; "
        + "null when no round had the issue on its agenda") AgendaStatus currentStatus,
    @ArraySchema(maxItems = KeyIssueTimeline.MAX_ROUNDS, arraySchema = @Schema(description = "The rounds, in date order; at most the first 1000"))
    List<TimelineRound> rounds,
    @ArraySchema(maxItems = KeyIssueTimeline.MAX_DOCUMENTS,
        arraySchema = @Schema(description = "The documents that cover the issue (in the process, if one was asked for), by title; at most 500"))
    List<DocumentSummary> documents) {

    static final int MAX_ROUNDS = 1000;

    static final int MAX_DOCUMENTS = 500;

    static final int MAX_STATEMENTS_PER_ROUND = 100;

    /** One round that had the issue on its agenda, with the statements made on it there. */
    record TimelineRound(UUID talkId, String title, @Schema(nullable = true) UUID processId, @Schema(nullable = true) LocalDate startDate,
                 @Schema(nullable = true) LocalDate endDate, TalkStatus talkStatus, AgendaStatus status, @Schema(nullable = true) String note,
                 @ArraySchema(maxItems = MAX_STATEMENTS_PER_ROUND,
                     arraySchema = @Schema(description = "The statements made on the issue around the round, earliest first; at most 100"))
                 List<StatementBrief> statements) {
    }
}
