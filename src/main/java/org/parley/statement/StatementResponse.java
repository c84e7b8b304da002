package org.parley.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

record StatementResponse(
    UUID id,
    @Schema(example = "Kirill Dmitriev") String speaker,
    @Schema(nullable = true) String speakerTitle,
    @Schema(nullable = true) UUID delegationId,
    @Schema(nullable = true, example = "UKR", description = "The side named when no delegation is") String side,
    @Schema(nullable = true) UUID talkId,
    @Schema(example = "2025-12-20") LocalDate statedOn,
    @Schema(example = "The discussions are proceeding constructively") String text,
    boolean quote,
    StatementKind kind,
    List<UUID> keyIssueIds,
    List<SourceResponse> sources,
    long version,
    Instant createdAt,
    Instant updatedAt) implements Versioned {

    static StatementResponse of(Statement statement) {
        return new StatementResponse(statement.getId(), statement.getSpeaker(), statement.getSpeakerTitle(),
            statement.getDelegationId(), statement.getSide(), statement.getTalkId(), statement.getStatedOn(), statement.getText(), statement.isQuote(),
            statement.getKind(), statement.getKeyIssueIds().stream().sorted().toList(),
            statement.getSources().stream().map(SourceResponse::of).toList(),
            statement.getVersion(), statement.getCreatedAt(), statement.getUpdatedAt());
    }

    record SourceResponse(String outlet, @Schema(nullable = true) String url, @Schema(nullable = true) String via, @Schema(nullable = true) LocalDate publishedOn) {

        static SourceResponse of(Source source) {
            return new SourceResponse(source.outlet(), source.url(), source.via(), source.publishedOn());
        }
    }
}
