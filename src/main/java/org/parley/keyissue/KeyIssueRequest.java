package org.parley.keyissue;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@JsonIgnoreProperties({ "id", "version", "createdAt", "updatedAt" })
record KeyIssueRequest(
    @Schema(example = "Prisoner exchanges") @NotBlank @Size(max = 200) String name,
    @Schema(example = "HUMANITARIAN") @NotNull KeyIssueCategory category,
    @Schema(example = "All-for-all exchanges of prisoners of war") @Size(max = 4000) String description) {

    KeyIssueRequest {
        // "Territory " and "Territory" are one issue
        name = name == null ? null : name.strip();
    }

    static KeyIssueRequest of(KeyIssue issue) {
        return new KeyIssueRequest(issue.getName(), issue.getCategory(), issue.getDescription());
    }
}
