package org.parley.talk;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.CalendarDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@JsonIgnoreProperties({ "id", "version", "createdAt", "updatedAt", "participants", "agenda" })
record TalkRequest(
    @Schema(example = "Miami consultations on the US peace plan") @NotBlank @Size(max = 300) String title,
    @Schema(example = "Miami") @NotBlank @Size(max = 100) String city,
    @Schema(example = "United States") @NotBlank @Size(max = 100) String country,
    @Schema(example = "Shell Bay Club") @Size(max = 300) String venue,
    @Schema(example = "2025-12-20") @NotNull @CalendarDate LocalDate startDate,
    @Schema(example = "2025-12-21") @NotNull @CalendarDate LocalDate endDate,
    @Schema(example = "PROXIMITY") @NotNull TalkFormat format,
    @Schema(example = "CONCLUDED", description = "On create, defaults to PLANNED (a past round may be recorded as CONCLUDED). "
        + "On replace, a change must be an allowed status move; leave it out to keep the status.")
    TalkStatus status,
    @Schema(example = "Separate meetings with each side; no breakthrough") @Size(max = 10000) String summary) {

    static TalkRequest of(Talk talk) {
        return new TalkRequest(talk.getTitle(), talk.getCity(), talk.getCountry(), talk.getVenue(), talk.getStartDate(),
            talk.getEndDate(), talk.getFormat(), talk.getStatus(), talk.getSummary());
    }

    Talk.Details details() {
        return new Talk.Details(title, city, country, venue, startDate, endDate, summary);
    }
}
