package org.parley.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

/**
 * A version of a document, never changed once recorded. Its ETag is the document's version, as a
 * member's is its delegation's, since adding a version is a change of the document.
 */
record DocumentVersionResponse(
    UUID id,
    @Schema(example = "28-point plan") String label,
    @Schema(nullable = true, example = "2025-11-20") LocalDate date,
    @Schema(nullable = true) String summary,
    @Schema(nullable = true) String url,
    @Schema(nullable = true, description = "The version this one supersedes") UUID supersedesVersionId,
    @Schema(nullable = true, description = "The document of the version this one supersedes: this one, or another") UUID supersedesDocumentId,
    @Schema(description = "When the version was recorded here") Instant recordedAt,
    @JsonIgnore long version) implements Versioned {

    static DocumentVersionResponse of(DocumentVersion version, Document document) {
        return new DocumentVersionResponse(version.getId(), version.getLabel(), version.getIssuedOn(), version.getSummary(),
            version.getUrl(), version.getSupersedesVersionId(), version.getSupersedesDocumentId(), version.getRecordedAt(),
            document.getVersion());
    }
}
