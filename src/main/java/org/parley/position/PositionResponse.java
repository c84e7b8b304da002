package org.parley.position;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

record PositionResponse(
    UUID id,
    @Schema(example = "UKR") String side,
    UUID keyIssueId,
    Stance stance,
    @Schema(example = "Opposes ceding territory; counts territory among the hardest questions for Kyiv") String summary,
    @Schema(example = "2025-12-20") LocalDate asOf,
    @ArraySchema(arraySchema = @Schema(description = "The statements cited as evidence, by id"), maxItems = Position.MAX_EVIDENCE)
    List<UUID> evidenceStatementIds,
    long version,
    Instant createdAt,
    Instant updatedAt) implements Versioned {

    static PositionResponse of(Position position) {
        return new PositionResponse(position.getId(), position.getSide(), position.getKeyIssueId(), position.getStance(),
            position.getSummary(), position.getAsOf(), position.getEvidenceStatementIds().stream().sorted().toList(),
            position.getVersion(), position.getCreatedAt(), position.getUpdatedAt());
    }
}
