package org.parley.document;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "Who put a document forward: a side or a delegation, or neither when it is not known")
record ProposerResponse(
    @Schema(nullable = true, example = "USA") String side,
    @Schema(nullable = true) UUID delegationId) {

    static ProposerResponse of(Document document) {
        return new ProposerResponse(document.getProposedBySide(), document.getProposedByDelegationId());
    }
}
