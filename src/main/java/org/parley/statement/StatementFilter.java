package org.parley.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.parley.domain.ListFilters;
import org.parley.domain.InvalidInput;
import org.parley.domain.TextMatch;
import org.parley.domain.TextQuery;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The list filters of {@code GET /statements}: an empty list or a null filters nothing, and several
 * values of one filter match any of them.
 */
record StatementFilter(List<UUID> talkIds, List<UUID> delegationIds, List<UUID> keyIssueIds, List<StatementKind> kinds, String speaker,
                       LocalDate from, LocalDate to, List<String> sides, List<UUID> processIds, List<UUID> personIds, List<UUID> documentIds,
                       String outlet, Boolean quote, Instant updatedSince, TextQuery q) {

    StatementFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "must be on or after from (" + from + ")");
        }
        talkIds = ListFilters.values(talkIds);
        delegationIds = ListFilters.values(delegationIds);
        keyIssueIds = ListFilters.values(keyIssueIds);
        kinds = ListFilters.values(kinds);
        sides = ListFilters.values(sides);
        processIds = ListFilters.values(processIds);
        personIds = ListFilters.values(personIds);
        documentIds = ListFilters.values(documentIds);
    }

    /** The talk, when this filter asks for the statements of one talk (a round's page) and nothing else. */
    Optional<UUID> ofOneTalkAlone() {
        return talkIds.size() == 1 && filtersGiven() == 1 ? Optional.of(talkIds.getFirst()) : Optional.empty();
    }

    /** The key issue, when this filter asks for the statements about one key issue and nothing else. */
    Optional<UUID> aboutOneKeyIssueAlone() {
        return keyIssueIds.size() == 1 && filtersGiven() == 1 ? Optional.of(keyIssueIds.getFirst()) : Optional.empty();
    }

    /** The speaker's LIKE pattern, when this filter asks for what a speaker said and nothing else. */
    Optional<String> spokenByAlone() {
        return speaker != null && !speaker.isBlank() && filtersGiven() == 1 ? Optional.of(likePattern(speaker)) : Optional.empty();
    }

    /** How many of the filters are given, each list counted once however many values it holds. */
    private int filtersGiven() {
        int given = 0;
        for (List<?> values : List.of(talkIds, delegationIds, keyIssueIds, kinds, sides, processIds, personIds, documentIds)) {
            given += values.isEmpty() ? 0 : 1;
        }
        for (Object value : new Object[] { speaker, from, to, outlet, quote, updatedSince, q }) {
            given += value == null ? 0 : 1;
        }
        return given;
    }

    StatementFilter forTalk(UUID talkId) {
        return new StatementFilter(List.of(talkId), delegationIds, keyIssueIds, kinds, speaker, from, to, sides, processIds, personIds,
            documentIds, outlet, quote, updatedSince, q);
    }

    /**
     * @param delegationsOfSides the delegations that speak for any of the sides: a statement is for a
     *                           side when it names it or was made for one of them
     * @param talksInProcesses   the rounds of any of the processes
     * @param peopleSpelled      the people whose name or an alias contains a part: "zelenskiy" finds what Zelenskyy said
     * @param tsQueries          the query PostgreSQL runs for {@code q}, with other spellings
     * @param sort               the page's order, which may be by relevance to {@code q}
     */
    Specification<Statement> toSpecification(Function<Collection<String>, List<UUID>> delegationsOfSides,
                                             Function<Collection<UUID>, List<UUID>> talksInProcesses,
                                             Function<String, List<UUID>> peopleSpelled,
                                             Function<TextQuery, String> tsQueries, Sort sort) {
        List<Specification<Statement>> specs = new ArrayList<>();
        if (q != null) {
            specs.add(TextMatch.of(tsQueries.apply(q), sort));
        }
        specs.add(ListFilters.anyOf("personId", personIds));
        if (!sides.isEmpty()) {
            List<UUID> delegations = delegationsOfSides.apply(sides);
            specs.add((statement, query, cb) -> delegations.isEmpty() ? statement.get("side").in(sides)
                : cb.or(statement.get("side").in(sides), statement.get("delegationId").in(delegations)));
        }
        if (!processIds.isEmpty()) {
            List<UUID> talks = talksInProcesses.apply(processIds);
            specs.add((statement, query, cb) -> talks.isEmpty() ? cb.disjunction() : statement.get("talkId").in(talks));
        }
        specs.add(ListFilters.anyOf("talkId", talkIds));
        specs.add(ListFilters.anyOf("delegationId", delegationIds));
        if (!keyIssueIds.isEmpty()) {
            specs.add(holdingAny("keyIssueIds", keyIssueIds));
        }
        if (!documentIds.isEmpty()) {
            specs.add(holdingAny("documentIds", documentIds));
        }
        specs.add(ListFilters.anyOf("kind", kinds));
        if (speaker != null && !speaker.isBlank()) {
            String pattern = likePattern(speaker);
            List<UUID> people = peopleSpelled.apply(speaker);
            specs.add((statement, query, cb) -> people.isEmpty() ? cb.like(cb.lower(statement.get("speaker")), pattern, '\\')
                : cb.or(cb.like(cb.lower(statement.get("speaker")), pattern, '\\'), statement.get("personId").in(people)));
        }
        if (outlet != null && !outlet.isBlank()) {
            String pattern = likePattern(outlet);
            specs.add((statement, query, cb) -> {
                Subquery<Integer> reported = query.subquery(Integer.class);
                Root<Statement> same = reported.correlate(statement);
                Join<Statement, Source> source = same.join("sources");
                reported.select(cb.literal(1)).where(cb.or(cb.like(cb.lower(source.get("outlet")), pattern, '\\'),
                    cb.like(cb.lower(source.get("via")), pattern, '\\')));
                return cb.exists(reported);
            });
        }
        if (quote != null) {
            specs.add((statement, query, cb) -> cb.equal(statement.get("quote"), quote));
        }
        if (from != null) {
            specs.add((statement, query, cb) -> cb.greaterThanOrEqualTo(statement.get("statedOn"), from));
        }
        if (to != null) {
            specs.add((statement, query, cb) -> cb.lessThanOrEqualTo(statement.get("statedOn"), to));
        }
        specs.add(ListFilters.updatedSince(updatedSince));
        return Specification.allOf(specs);
    }


    /** The statements whose collection of ids holds any of the given ones, as one semi-join the planner can serve by index. */
    private static Specification<Statement> holdingAny(String collection, List<UUID> ids) {
        return (statement, query, cb) -> {
            Subquery<Integer> holding = query.subquery(Integer.class);
            Root<Statement> same = holding.correlate(statement);
            Join<Statement, UUID> id = same.join(collection);
            holding.select(cb.literal(1)).where(id.in(ids));
            return cb.exists(holding);
        };
    }

    // "50%" must find the text 50%, not every speaker containing 50
    private static String likePattern(String part) {
        return "%" + part.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
