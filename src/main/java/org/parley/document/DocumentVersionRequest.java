package org.parley.document;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.web.CalendarDate;

record DocumentVersionRequest(
    @Schema(description = "Unique within the document, regardless of case", example = "28-point plan") @NotBlank @Size(max = 100) String label,
    @Schema(description = "The day this version was issued or first reported", example = "2025-11-20") @CalendarDate LocalDate date,
    @Schema(example = "Published text of the US draft") @Size(max = 10000) String summary,
    @Schema(example = "https://example.org/documents/28-point-plan") @Size(max = 2000)
    @Pattern(regexp = "^https?://\\S+$", message = "must be an http or https URL") String url,
    @Schema(description = "A version, of this or another document, that this one supersedes", example = "99999999-0000-7000-8000-000000000101")
    UUID supersedesVersionId) {

    DocumentVersionRequest {
        // "28-point plan " and "28-point plan" are one label
        label = label == null ? null : label.strip();
    }

    /** @param supersedesDocumentId the document of {@code supersedesVersionId}, looked up by the caller */
    DocumentVersion.Content content(UUID supersedesDocumentId) {
        return new DocumentVersion.Content(label, date, summary, url, supersedesVersionId, supersedesDocumentId);
    }
}
