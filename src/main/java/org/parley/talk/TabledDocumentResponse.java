package org.parley.talk;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.document.DocumentKind;
import org.parley.document.DocumentStatus;
import org.parley.document.DocumentSummary;
import org.parley.web.Versioned;

/**
 * A document on the table at a round. Part of a talk; its ETag is the talk's version, which is also what
 * If-Match on its writes is checked against.
 */
record TabledDocumentResponse(UUID documentId, @Schema(example = "20-point peace plan") String title, DocumentKind kind,
                              DocumentStatus status,
                              @Schema(nullable = true, description = "The version discussed, if known") UUID versionId,
                              @Schema(nullable = true, example = "20-point plan") String versionLabel,
                              @Schema(nullable = true) String note, @JsonIgnore long version) implements Versioned {

    static TabledDocumentResponse of(DocumentSummary document, UUID versionId, String versionLabel, String note, long version) {
        return new TabledDocumentResponse(document.id(), document.title(), document.kind(), document.status(), versionId, versionLabel, note,
            version);
    }
}
