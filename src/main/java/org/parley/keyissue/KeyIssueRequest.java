package org.parley.keyissue;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@JsonIgnoreProperties({ "id", "version", "createdAt", "updatedAt" })
record KeyIssueRequest(
    @Schema(example = "Prisoner exchanges") @NotBlank @Size(max = 200) String name,
    @Schema(example = "HUMANITARIAN") @NotNull KeyIssueCategory category,
    @Schema(example = "All-for-all exchanges of prisoners of war") @Size(max = 4000) String description,
    @ArraySchema(arraySchema = @Schema(description = "Other spellings a search finds it by, e.g. Zaporozhye for Zaporizhzhia; none when left out"))
    @Size(max = KeyIssue.MAX_ALIASES) List<@NotBlank @Size(max = 200) String> aliases) {

    KeyIssueRequest {
        // "Territory " and "Territory" are one issue
        name = name == null ? null : name.strip();
        aliases = aliases == null ? null : aliases.stream().map(alias -> alias == null ? null : alias.strip()).toList();
    }

    List<String> aliasList() {
        return aliases == null ? List.of() : aliases;
    }

    static KeyIssueRequest of(KeyIssue issue) {
        return new KeyIssueRequest(issue.getName(), issue.getCategory(), issue.getDescription(), List.copyOf(issue.getAliases()));
    }
}
