package org.parley.talk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

/** A meeting inside a round; its ETag is the talk's version, as for the round's other parts. */
record SessionResponse(UUID id, LocalDate date, @Schema(nullable = true, type = "string", format = "time") LocalTime time,
                       @Schema(nullable = true) String place,
                       @ArraySchema(maxItems = Talk.MAX_PARTICIPANTS) List<SessionParticipant> participants,
                       @Schema(nullable = true) String note, @JsonIgnore long version) implements Versioned {

    record SessionParticipant(UUID delegationId, @Schema(example = "US negotiating team") String name) {
    }
}
