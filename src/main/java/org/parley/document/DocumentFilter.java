package org.parley.document;

import java.util.ArrayList;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.parley.domain.ListFilters;
import org.parley.domain.TextMatch;
import org.parley.domain.TextQuery;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The list filters of {@code GET /documents}; each null field filters nothing. */
record DocumentFilter(List<UUID> processIds, List<DocumentKind> kinds, List<DocumentStatus> statuses, List<UUID> keyIssueIds,
                      List<String> sides, Instant updatedSince, TextQuery q) {

    DocumentFilter {
        processIds = ListFilters.values(processIds);
        kinds = ListFilters.values(kinds);
        statuses = ListFilters.values(statuses);
        keyIssueIds = ListFilters.values(keyIssueIds);
        sides = ListFilters.values(sides);
    }

    /**
     * @param delegationsOfSide the delegations that speak for a side: a document is proposed by a side
     *                          when it names it or was proposed by one of them
     */
    /**
     * @param tsQueries the query PostgreSQL runs for {@code q}, with other spellings
     * @param sort      the page's order, which may be by relevance to {@code q}
     */
    Specification<Document> toSpecification(Function<Collection<String>, List<UUID>> delegationsOfSides, Function<TextQuery, String> tsQueries,
                                            Sort sort) {
        List<Specification<Document>> specs = new ArrayList<>();
        if (q != null) {
            // a document is found by its title and summary, and by what any of its versions says
            specs.add(TextMatch.of(tsQueries.apply(q), sort, (document, tsQuery, query, cb) -> {
                Subquery<Integer> versions = query.subquery(Integer.class);
                Root<DocumentVersion> version = versions.from(DocumentVersion.class);
                versions.select(cb.literal(1)).where(cb.equal(version.get("document").get("id"), document.get("id")),
                    TextMatch.matches(cb, version, tsQuery));
                return cb.exists(versions);
            }));
        }
        specs.add(ListFilters.anyOf("processId", processIds));
        specs.add(ListFilters.anyOf("kind", kinds));
        specs.add(ListFilters.anyOf("status", statuses));
        if (!keyIssueIds.isEmpty()) {
            specs.add((document, query, cb) -> {
                Subquery<Integer> about = query.subquery(Integer.class);
                Join<Document, UUID> keyIssue = about.correlate(document).join("keyIssueIds");
                about.select(cb.literal(1)).where(keyIssue.in(keyIssueIds));
                return cb.exists(about);
            });
        }
        if (!sides.isEmpty()) {
            List<UUID> delegations = delegationsOfSides.apply(sides);
            specs.add((document, query, cb) -> delegations.isEmpty() ? document.get("proposedBySide").in(sides)
                : cb.or(document.get("proposedBySide").in(sides), document.get("proposedByDelegationId").in(delegations)));
        }
        specs.add(ListFilters.updatedSince(updatedSince));
        return Specification.allOf(specs);
    }
}
