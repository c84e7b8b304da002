package org.parley.document;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.data.jpa.domain.Specification;

/** The list filters of {@code GET /documents}; each null field filters nothing. */
record DocumentFilter(UUID processId, DocumentKind kind, DocumentStatus status, UUID keyIssueId, String side) {

    /**
     * @param delegationsOfSide the delegations that speak for a side: a document is proposed by a side
     *                          when it names it or was proposed by one of them
     */
    Specification<Document> toSpecification(Function<String, List<UUID>> delegationsOfSide) {
        List<Specification<Document>> specs = new ArrayList<>();
        if (processId != null) {
            specs.add((document, query, cb) -> cb.equal(document.get("processId"), processId));
        }
        if (kind != null) {
            specs.add((document, query, cb) -> cb.equal(document.get("kind"), kind));
        }
        if (status != null) {
            specs.add((document, query, cb) -> cb.equal(document.get("status"), status));
        }
        if (keyIssueId != null) {
            specs.add((document, query, cb) -> cb.isMember(keyIssueId, document.get("keyIssueIds")));
        }
        if (side != null) {
            List<UUID> delegations = delegationsOfSide.apply(side);
            specs.add((document, query, cb) -> delegations.isEmpty() ? cb.equal(document.get("proposedBySide"), side)
                : cb.or(cb.equal(document.get("proposedBySide"), side), document.get("proposedByDelegationId").in(delegations)));
        }
        return Specification.allOf(specs);
    }
}
