package org.parley.talk;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

// what a GET answers besides these can be sent back: the document's own fields are read-only here
@JsonIgnoreProperties({ "documentId", "title", "kind", "status", "versionLabel" })
record TabledDocumentRequest(
    @Schema(description = "The version of the document discussed, one of its own; leave it out when not known",
        example = "99999999-0000-7000-8000-000000000102") UUID versionId,
    @Schema(example = "One of four documents Witkoff said were discussed with Kyiv") @Size(max = 4000) String note) {
}
