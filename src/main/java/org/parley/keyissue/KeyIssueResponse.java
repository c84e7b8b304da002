package org.parley.keyissue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

record KeyIssueResponse(
    UUID id,
    @Schema(example = "Zaporizhzhia Nuclear Power Plant") String name,
    KeyIssueCategory category,
    @Schema(nullable = true) String description,
    @ArraySchema(arraySchema = @Schema(description = "Other spellings a search finds it by")) List<String> aliases,
    long version,
    Instant createdAt,
    Instant updatedAt) implements Versioned {

    static KeyIssueResponse of(KeyIssue issue) {
        return new KeyIssueResponse(issue.getId(), issue.getName(), issue.getCategory(), issue.getDescription(), List.copyOf(issue.getAliases()),
            issue.getVersion(), issue.getCreatedAt(), issue.getUpdatedAt());
    }
}
