package org.parley.document;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

record DocumentResponse(
    UUID id,
    @Schema(example = "US 28-point peace plan") String title,
    DocumentKind kind,
    ProposerResponse proposedBy,
    @Schema(nullable = true, example = "88888888-0000-7000-8000-000000000001") UUID processId,
    @ArraySchema(maxItems = Document.MAX_KEY_ISSUES, schema = @Schema(example = "22222222-0000-7000-8000-000000000001")) List<UUID> keyIssueIds,
    DocumentStatus status,
    @Schema(nullable = true) String summary,
    @ArraySchema(maxItems = Document.MAX_VERSIONS, arraySchema = @Schema(description = "Its versions, oldest first; read-only here, "
        + "added with POST /api/v1/documents/{id}/versions and never changed"))
    List<DocumentVersionResponse> versions,
    long version,
    Instant createdAt,
    Instant updatedAt) implements Versioned {

    static DocumentResponse of(Document document) {
        return new DocumentResponse(document.getId(), document.getTitle(), document.getKind(), ProposerResponse.of(document),
            document.getProcessId(), document.getKeyIssueIds().stream().sorted().toList(), document.getStatus(), document.getSummary(),
            document.getVersions().stream().map(v -> DocumentVersionResponse.of(v, document)).toList(),
            document.getVersion(), document.getCreatedAt(), document.getUpdatedAt());
    }
}
