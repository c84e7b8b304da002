package org.parley.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

record PersonResponse(
    UUID id,
    @Schema(example = "Volodymyr Zelenskyy") String name,
    @ArraySchema(maxItems = Person.MAX_ALIASES, schema = @Schema(example = "Zelensky")) List<String> aliases,
    @ArraySchema(maxItems = Person.MAX_AFFILIATIONS) List<AffiliationResponse> affiliations,
    long version,
    Instant createdAt,
    Instant updatedAt) implements Versioned {

    static PersonResponse of(Person person) {
        return new PersonResponse(person.getId(), person.getName(), List.copyOf(person.getAliases()),
            person.getAffiliations().stream().map(a -> new AffiliationResponse(a.side(), a.position(), a.from(), a.to())).toList(),
            person.getVersion(), person.getCreatedAt(), person.getUpdatedAt());
    }

    record AffiliationResponse(@Schema(example = "UKR") String side, @Schema(nullable = true, example = "President of Ukraine") String position,
                               @Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to) {
    }
}
