package org.parley.statement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
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
    @Schema(description = "The delegation it was said for; with talkId, one seated at that talk", example = "11111111-0000-7000-8000-000000000002")
    UUID delegationId,
    @Schema(description = "The side it was said for when no delegation is named (the Kremlin, a president at home), as a side code; "
        + "leave it out with delegationId, whose partyCode is its side", example = "UKR")
    @Pattern(regexp = "^[A-Z]{2,10}$", message = "must be 2 to 10 capital letters, e.g. an ISO 3166-1 alpha-3 code such as UKR") String side,
    @Schema(description = "The round it was said around", example = "33333333-0000-7000-8000-000000000001")
    UUID talkId,
    @Schema(description = "The day it was said; not in the future", example = "2025-12-20") @NotNull @CalendarDate LocalDate statedOn,
    @Schema(example = "The discussions are proceeding constructively") @NotBlank @Size(max = 10000) String text,
    @Schema(description = "true: a direct quotation; false: a paraphrase") @NotNull Boolean quote,
    @NotNull StatementKind kind,
    @ArraySchema(arraySchema = @Schema(description = "The key issues it is about"),
        schema = @Schema(example = "22222222-0000-7000-8000-000000000002")) @Size(max = 50) List<@NotNull UUID> keyIssueIds,
    @NotEmpty @Size(min = 1, max = 50) List<@Valid @NotNull SourceRequest> sources) {

    static StatementRequest of(Statement statement) {
        return new StatementRequest(statement.getSpeaker(), statement.getSpeakerTitle(), statement.getDelegationId(),
            statement.getSide(), statement.getTalkId(), statement.getStatedOn(), statement.getText(), statement.isQuote(), statement.getKind(),
            statement.getKeyIssueIds().stream().sorted().toList(),
            statement.getSources().stream().map(s -> new SourceRequest(s.outlet(), s.url(), s.via(), s.publishedOn())).toList());
    }

    Set<UUID> keyIssueIdSet() {
        return keyIssueIds == null ? Set.of() : new LinkedHashSet<>(keyIssueIds);
    }

    Statement.Content content() {
        return new Statement.Content(speaker, speakerTitle, delegationId, side, talkId, statedOn, text, quote, kind, keyIssueIdSet(),
            sources.stream().map(SourceRequest::toSource).toList());
    }
}
