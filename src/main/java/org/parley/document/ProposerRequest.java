package org.parley.document;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@Schema(description = "Who put a document forward: a side, or a delegation (whose partyCode is its side), not both")
record ProposerRequest(
    @Schema(description = "The side, as a side code; leave it out with delegationId", example = "USA")
    @Size(max = 10) @Pattern(regexp = "^[A-Z]{2,10}$", message = "must be 2 to 10 capital letters, e.g. an ISO 3166-1 alpha-3 code such as UKR")
    String side,
    @Schema(description = "The delegation; leave it out with side", example = "11111111-0000-7000-8000-000000000001")
    UUID delegationId) {

    static ProposerRequest of(Document document) {
        if (document.getProposedBySide() == null && document.getProposedByDelegationId() == null) {
            return null;
        }
        return new ProposerRequest(document.getProposedBySide(), document.getProposedByDelegationId());
    }
}
