package org.parley.talk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.web.CalendarDate;

record SessionRequest(
    @Schema(description = "The day of the meeting; it may fall outside the round's dates (\"the day before\")", example = "2025-12-19")
    @NotNull @CalendarDate LocalDate date,
    @Schema(description = "The local time it began, if known", type = "string", format = "time", example = "14:30:00") LocalTime time,
    @Schema(example = "Miami") @Size(max = 300) String place,
    @ArraySchema(arraySchema = @Schema(description = "The delegations that met, each seated at the round"),
        schema = @Schema(example = "11111111-0000-7000-8000-000000000001"), maxItems = Talk.MAX_PARTICIPANTS)
    @NotEmpty @Size(max = Talk.MAX_PARTICIPANTS) List<@NotNull UUID> participantIds,
    @Schema(example = "Witkoff and Kushner with the Ukrainian delegation") @Size(max = 4000) String note) {

    TalkSession.Details details() {
        return new TalkSession.Details(date, time, place, note, Set.copyOf(participantIds));
    }
}
