package org.parley.position;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.web.CalendarDate;

@JsonIgnoreProperties({ "id", "version", "createdAt", "updatedAt" })
record PositionRequest(
    @Schema(description = "The side whose stance it is, as a side code (a delegation's partyCode)", example = "UKR")
    @NotNull @Pattern(regexp = "^[A-Z]{2,10}$", message = "must be 2 to 10 capital letters, e.g. an ISO 3166-1 alpha-3 code such as UKR") String side,
    @Schema(description = "The key issue it is a stance on", example = "22222222-0000-7000-8000-000000000001") @NotNull UUID keyIssueId,
    @NotNull Stance stance,
    @Schema(description = "The stance in words, framing the issue the stance is on",
        example = "Opposes ceding territory; counts territory among the hardest questions for Kyiv")
    @NotBlank @Size(max = 4000) String summary,
    @Schema(description = "The day the side held the stance, as its evidence shows; not in the future", example = "2025-12-20")
    @NotNull @CalendarDate LocalDate asOf,
    @ArraySchema(arraySchema = @Schema(description = "The statements that show the stance: at least one, each once"),
        schema = @Schema(example = "44444444-0000-7000-8000-000000000007"))
    @NotNull(message = "a position needs at least one statement as evidence")
    @Size(min = 1, max = Position.MAX_EVIDENCE, message = "must cite from {min} to {max} statements") List<@NotNull UUID> evidenceStatementIds) {

    static PositionRequest of(Position position) {
        return new PositionRequest(position.getSide(), position.getKeyIssueId(), position.getStance(), position.getSummary(),
            position.getAsOf(), position.getEvidenceStatementIds().stream().sorted().toList());
    }

    Position.Details details() {
        return new Position.Details(side, keyIssueId, stance, summary, asOf, evidenceStatementIds == null ? List.of() : evidenceStatementIds);
    }
}
