package org.parley.statement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.domain.InvalidInput;
import org.parley.web.CalendarDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@JsonIgnoreProperties({ "id", "version", "createdAt", "updatedAt" })
record StatementRequest(
    @Schema(example = "Kirill Dmitriev") @NotBlank @Size(max = 200) String speaker,
    @Schema(example = "Special Presidential Representative") @Size(max = 300) String speakerTitle,
    @Schema(description = "The speaker as a person recorded under /people, whose aliases the speaker filter also matches",
        example = "12121212-0000-7000-8000-000000000002") UUID personId,
    @Schema(description = "The delegation it was said for; with talkId, one seated at that talk", example = "11111111-0000-7000-8000-000000000002")
    UUID delegationId,
    @Schema(description = "The side it was said for when no delegation is named (the Kremlin, a president at home), as a side code; "
        + "leave it out with delegationId, whose partyCode is its side", example = "UKR")
    @Pattern(regexp = "^[A-Z]{2,10}$", message = "must be 2 to 10 capital letters, e.g. an ISO 3166-1 alpha-3 code such as UKR") String side,
    @Schema(description = "The round it was said around", example = "33333333-0000-7000-8000-000000000001")
    UUID talkId,
    @Schema(description = "The day it was said; not in the future", example = "2025-12-20") @NotNull @CalendarDate LocalDate statedOn,
    @Schema(description = "How exactly statedOn is known; defaults to DAY. For \"last week\", a day of that week and WEEK",
        defaultValue = "DAY") DatePrecision statedOnPrecision,
    @Schema(example = "The discussions are proceeding constructively") @NotBlank @Size(max = 10000) String text,
    @Schema(description = "true: a direct quotation; false: a paraphrase") @NotNull Boolean quote,
    @NotNull StatementKind kind,
    @Schema(example = "TELEGRAM") Medium medium,
    @Schema(description = "The language it was made in, as a BCP 47 tag", example = "uk")
    @Size(max = 35) @Pattern(regexp = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", message = "must be a BCP 47 language tag such as uk, ru or en-US") String language,
    @ArraySchema(arraySchema = @Schema(description = "The key issues it is about"),
        schema = @Schema(example = "22222222-0000-7000-8000-000000000002")) @Size(max = 50) List<@NotNull UUID> keyIssueIds,
    @NotEmpty @Size(min = 1, max = 50) List<@Valid @NotNull SourceRequest> sources,
    @ArraySchema(arraySchema = @Schema(description = "The earlier statements it answers, each once"), maxItems = Statement.MAX_RELATIONS)
    @Size(max = Statement.MAX_RELATIONS) List<@Valid @NotNull RelationRequest> relations,
    @ArraySchema(arraySchema = @Schema(description = "The documents it refers to (a peace plan, a framework), each once"),
        schema = @Schema(example = "99999999-0000-7000-8000-000000000002"), maxItems = Statement.MAX_DOCUMENTS)
    @Size(max = Statement.MAX_DOCUMENTS) List<@NotNull UUID> documentIds) {

    static StatementRequest of(Statement statement) {
        return new StatementRequest(statement.getSpeaker(), statement.getSpeakerTitle(), statement.getPersonId(), statement.getDelegationId(),
            statement.getSide(), statement.getTalkId(), statement.getStatedOn(), statement.getStatedOnPrecision(), statement.getText(),
            statement.isQuote(), statement.getKind(), statement.getMedium(), statement.getLanguage(),
            statement.getKeyIssueIds().stream().sorted().toList(),
            statement.getSources().stream().map(SourceRequest::of).toList(),
            statement.getRelations().stream().map(r -> new RelationRequest(r.type(), r.statementId())).toList(),
            statement.getDocumentIds().stream().sorted().toList());
    }

    Set<UUID> keyIssueIdSet() {
        return keyIssueIds == null ? Set.of() : new LinkedHashSet<>(keyIssueIds);
    }

    Set<UUID> documentIdSet() {
        return documentIds == null ? Set.of() : new LinkedHashSet<>(documentIds);
    }

    Set<UUID> answeredIds() {
        return relations == null ? Set.of() : relations.stream().map(RelationRequest::statementId).collect(Collectors.toSet());
    }

    Statement.Content content() {
        List<Source> stored = IntStream.range(0, sources.size()).mapToObj(i -> sources.get(i).toSource("sources[" + i + "]")).toList();
        Set<Relation> answers = new LinkedHashSet<>();
        if (relations != null) {
            for (int i = 0; i < relations.size(); i++) {
                RelationRequest relation = relations.get(i);
                if (answers.stream().anyMatch(r -> r.statementId().equals(relation.statementId()))) {
                    throw new InvalidInput("relations[" + i + "].statementId", "names a statement already answered; each is answered once");
                }
                answers.add(new Relation(relation.type(), relation.statementId()));
            }
        }
        return new Statement.Content(speaker, speakerTitle, personId, delegationId, side, talkId, statedOn,
            statedOnPrecision == null ? DatePrecision.DAY : statedOnPrecision, text, quote, kind, medium, language, keyIssueIdSet(), stored,
            answers);
    }

    record RelationRequest(@NotNull RelationType type,
                           @Schema(description = "The earlier statement answered", example = "44444444-0000-7000-8000-000000000005")
                           @NotNull UUID statementId) {
    }
}
