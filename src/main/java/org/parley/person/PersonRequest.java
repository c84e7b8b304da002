package org.parley.person;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.web.CalendarDate;

@JsonIgnoreProperties({ "id", "version", "createdAt", "updatedAt" })
record PersonRequest(
    @Schema(example = "Volodymyr Zelenskyy") @NotBlank @Size(max = 200) String name,
    @ArraySchema(arraySchema = @Schema(description = "Other spellings of the name, in any script; each once"),
        schema = @Schema(example = "Zelensky"))
    @Size(max = Person.MAX_ALIASES) List<@NotBlank @Size(max = 200) String> aliases,
    @ArraySchema(arraySchema = @Schema(description = "The sides the person served, and in which position"))
    @Size(max = Person.MAX_AFFILIATIONS) List<@Valid @NotNull AffiliationRequest> affiliations) {

    PersonRequest {
        name = name == null ? null : name.strip();
        aliases = aliases == null ? null : aliases.stream().map(alias -> alias == null ? null : alias.strip()).toList();
    }

    static PersonRequest of(Person person) {
        return new PersonRequest(person.getName(), person.getAliases(),
            person.getAffiliations().stream().map(a -> new AffiliationRequest(a.side(), a.position(), a.from(), a.to())).toList());
    }

    Person.Details details() {
        return new Person.Details(name, aliases == null ? List.of() : aliases,
            affiliations == null ? List.of() : affiliations.stream().map(AffiliationRequest::toAffiliation).toList());
    }

    record AffiliationRequest(
        @Schema(example = "UKR") @NotNull
        @Pattern(regexp = "^[A-Z]{2,10}$", message = "must be 2 to 10 capital letters, e.g. an ISO 3166-1 alpha-3 code such as UKR") String side,
        @Schema(example = "President of Ukraine") @Size(max = 300) String position,
        @Schema(example = "2019-05-20", description = "The first day, if known") @CalendarDate LocalDate from,
        @Schema(description = "The last day; leave it out while the person still serves") @CalendarDate LocalDate to) {

        Affiliation toAffiliation() {
            return new Affiliation(side, position, from, to);
        }
    }
}
