package org.parley.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

// versions are only ever added (POST .../versions): a replacement that sends them back leaves them as they are
@JsonIgnoreProperties({ "id", "version", "createdAt", "updatedAt", "versions" })
record DocumentRequest(
    @Schema(example = "US 28-point peace plan") @NotBlank @Size(max = 300) String title,
    @Schema(example = "PEACE_PLAN") @NotNull DocumentKind kind,
    @Valid ProposerRequest proposedBy,
    @Schema(description = "The process the document belongs to, if any", example = "88888888-0000-7000-8000-000000000001") UUID processId,
    @ArraySchema(arraySchema = @Schema(description = "The key issues it deals with"),
        schema = @Schema(example = "22222222-0000-7000-8000-000000000001"))
    @Size(max = Document.MAX_KEY_ISSUES) List<@NotNull UUID> keyIssueIds,
    @Schema(example = "PROPOSED", description = "On create, defaults to DRAFT (a document may be recorded after the fact, in any status). "
        + "On replace, a change must be an allowed status move; leave it out to keep the status.")
    DocumentStatus status,
    @Schema(example = "A US draft for ending the war") @Size(max = 10000) String summary) {

    static DocumentRequest of(Document document) {
        return new DocumentRequest(document.getTitle(), document.getKind(), ProposerRequest.of(document), document.getProcessId(),
            document.getKeyIssueIds().stream().sorted().toList(), document.getStatus(), document.getSummary());
    }

    Set<UUID> keyIssueIdSet() {
        return keyIssueIds == null ? Set.of() : new LinkedHashSet<>(keyIssueIds);
    }

    UUID proposingDelegationId() {
        return proposedBy == null ? null : proposedBy.delegationId();
    }

    Document.Details details() {
        return new Document.Details(title, kind, proposedBy == null ? null : proposedBy.side(), proposingDelegationId(), processId,
            keyIssueIdSet(), summary);
    }
}
