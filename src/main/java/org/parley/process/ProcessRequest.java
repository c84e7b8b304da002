package org.parley.process;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.web.CalendarDate;

@JsonIgnoreProperties({ "id", "version", "createdAt", "updatedAt" })
record ProcessRequest(
    @Schema(example = "Russia–Ukraine peace talks") @NotBlank @Size(max = 200) String name,
    @Schema(example = "Russian invasion of Ukraine") @NotBlank @Size(max = 200) String conflict,
    @ArraySchema(arraySchema = @Schema(description = "The sides negotiating, as side codes (a delegation's partyCode)"),
        schema = @Schema(example = "UKR"))
    @Size(max = PeaceProcess.MAX_PARTIES)
    List<@NotNull @Pattern(regexp = "^[A-Z]{2,10}$", message = "must be 2 to 10 capital letters, e.g. an ISO 3166-1 alpha-3 code such as UKR") String> parties,
    @Schema(example = "2022-02-28") @CalendarDate LocalDate startedOn,
    @Schema(description = "On create, defaults to ACTIVE", example = "ACTIVE") ProcessStatus status,
    @Schema(example = "Direct and mediated talks on ending the war") @Size(max = 10000) String summary) {

    ProcessRequest {
        // "Russia–Ukraine talks " and "Russia–Ukraine talks" are one track
        name = name == null ? null : name.strip();
    }

    static ProcessRequest of(PeaceProcess process) {
        return new ProcessRequest(process.getName(), process.getConflict(), process.getParties(), process.getStartedOn(),
            process.getStatus(), process.getSummary());
    }

    PeaceProcess.Details details(ProcessStatus current) {
        return new PeaceProcess.Details(name, conflict, parties == null ? List.of() : List.copyOf(parties), startedOn,
            status == null ? current : status, summary);
    }
}
