package org.parley.talk;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@JsonIgnoreProperties({ "id", "version", "createdAt", "updatedAt", "participants", "agenda" })
record TalkRequest(
    @NotBlank @Size(max = 300) String title,
    @NotBlank @Size(max = 100) String city,
    @NotBlank @Size(max = 100) String country,
    @Size(max = 300) String venue,
    @NotNull LocalDate startDate,
    @NotNull LocalDate endDate,
    @NotNull TalkFormat format,
    @Schema(description = "On create, defaults to PLANNED (a past round may be recorded as CONCLUDED). "
        + "On replace, a change must be an allowed status move; leave it out to keep the status.")
    TalkStatus status,
    @Size(max = 10000) String summary) {

    static TalkRequest of(Talk talk) {
        return new TalkRequest(talk.getTitle(), talk.getCity(), talk.getCountry(), talk.getVenue(), talk.getStartDate(),
            talk.getEndDate(), talk.getFormat(), talk.getStatus(), talk.getSummary());
    }

    Talk.Details details() {
        return new Talk.Details(title, city, country, venue, startDate, endDate, summary);
    }
}
