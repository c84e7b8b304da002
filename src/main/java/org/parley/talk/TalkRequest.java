package org.parley.talk;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.CalendarDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@JsonIgnoreProperties({ "id", "version", "createdAt", "updatedAt", "participants", "agenda" })
record TalkRequest(
    @Schema(example = "Miami consultations on the US peace plan") @NotBlank @Size(max = 300) String title,
    @Schema(example = "Miami", description = "Required unless the round has not sat (PLANNED, POSTPONED, CANCELLED)")
    @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String city,
    @Schema(example = "United States", description = "Required unless the round has not sat (PLANNED, POSTPONED, CANCELLED)")
    @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 100) String country,
    @Schema(example = "Shell Bay Club") @Size(max = 300) String venue,
    @Schema(example = "2025-12-20", description = "Required unless the round has not sat (PLANNED, POSTPONED, CANCELLED)")
    @CalendarDate LocalDate startDate,
    @Schema(example = "2025-12-21", description = "Required unless the round has not sat; only with startDate") @CalendarDate LocalDate endDate,
    @Schema(example = "PROXIMITY") @NotNull TalkFormat format,
    @Schema(example = "CONCLUDED", description = "On create, defaults to PLANNED (a past round may be recorded as CONCLUDED). "
        + "On replace, a change must be an allowed status move; leave it out to keep the status.")
    TalkStatus status,
    @Schema(example = "Separate meetings with each side; no breakthrough") @Size(max = 10000) String summary,
    @Schema(description = "When a round not yet dated is expected, in words", example = "early January")
    @Pattern(regexp = NOT_BLANK, message = "must not be blank") @Size(max = 200) String expectedWhen,
    @Schema(description = "The process the round belongs to, if any", example = "88888888-0000-7000-8000-000000000001") UUID processId) {

    // null passes: a field that may be left out must still not be given as spaces
    static final String NOT_BLANK = "[\\s\\S]*\\S[\\s\\S]*";

    static TalkRequest of(Talk talk) {
        return new TalkRequest(talk.getTitle(), talk.getCity(), talk.getCountry(), talk.getVenue(), talk.getStartDate(),
            talk.getEndDate(), talk.getFormat(), talk.getStatus(), talk.getSummary(), talk.getExpectedWhen(), talk.getProcessId());
    }

    Talk.Details details() {
        return new Talk.Details(title, city, country, venue, startDate, endDate, summary, expectedWhen, processId);
    }
}
