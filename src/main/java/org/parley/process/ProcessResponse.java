package org.parley.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

record ProcessResponse(
    UUID id,
    @Schema(example = "Russia–Ukraine peace talks") String name,
    @Schema(example = "Russian invasion of Ukraine") String conflict,
    @ArraySchema(maxItems = PeaceProcess.MAX_PARTIES, schema = @Schema(example = "UKR")) List<String> parties,
    @Schema(nullable = true, example = "2022-02-28") LocalDate startedOn,
    ProcessStatus status,
    @Schema(nullable = true) String summary,
    long version,
    Instant createdAt,
    Instant updatedAt) implements Versioned {

    static ProcessResponse of(PeaceProcess process) {
        return new ProcessResponse(process.getId(), process.getName(), process.getConflict(), List.copyOf(process.getParties()),
            process.getStartedOn(), process.getStatus(), process.getSummary(), process.getVersion(), process.getCreatedAt(),
            process.getUpdatedAt());
    }
}
