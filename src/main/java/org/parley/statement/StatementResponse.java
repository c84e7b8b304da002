package org.parley.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

record StatementResponse(
    UUID id,
    @Schema(example = "Kirill Dmitriev") String speaker,
    @Schema(nullable = true) String speakerTitle,
    @Schema(nullable = true) UUID personId,
    @Schema(nullable = true) UUID delegationId,
    @Schema(nullable = true, example = "UKR", description = "The side named when no delegation is") String side,
    @Schema(nullable = true) UUID talkId,
    @Schema(example = "2025-12-20") LocalDate statedOn,
    DatePrecision statedOnPrecision,
    @Schema(example = "The discussions are proceeding constructively") String text,
    boolean quote,
    StatementKind kind,
    @Schema(nullable = true) Medium medium,
    @Schema(nullable = true, example = "uk") String language,
    List<UUID> keyIssueIds,
    @ArraySchema(maxItems = Statement.MAX_DOCUMENTS) List<UUID> documentIds,
    List<SourceResponse> sources,
    @ArraySchema(maxItems = Statement.MAX_RELATIONS) List<RelationResponse> relations,
    long version,
    Instant createdAt,
    Instant updatedAt) implements Versioned {

    static StatementResponse of(Statement statement) {
        return new StatementResponse(statement.getId(), statement.getSpeaker(), statement.getSpeakerTitle(), statement.getPersonId(),
            statement.getDelegationId(), statement.getSide(), statement.getTalkId(), statement.getStatedOn(), statement.getStatedOnPrecision(), statement.getText(),
            statement.isQuote(), statement.getKind(), statement.getMedium(), statement.getLanguage(),
            statement.getKeyIssueIds().stream().sorted().toList(),
            statement.getDocumentIds().stream().sorted().toList(),
            statement.getSources().stream().map(SourceResponse::of).toList(),
            statement.getRelations().stream().map(r -> new RelationResponse(r.type(), r.statementId()))
                .sorted(Comparator.comparing(RelationResponse::statementId)).toList(),
            statement.getVersion(), statement.getCreatedAt(), statement.getUpdatedAt());
    }

    record SourceResponse(String outlet, @Schema(nullable = true) String url,
                          @Schema(nullable = true, description = "The chain of outlets cited, written as one string") String via,
                          @Schema(nullable = true) LocalDate publishedOn,
                          @ArraySchema(arraySchema = @Schema(description = "The chain of outlets cited, nearest first")) List<String> citing) {

        static SourceResponse of(Source source) {
            return new SourceResponse(source.outlet(), source.url(), source.via(), source.publishedOn(),
                source.citing() == null ? List.of() : List.copyOf(source.citing()));
        }
    }

    record RelationResponse(RelationType type, UUID statementId) {
    }
}
