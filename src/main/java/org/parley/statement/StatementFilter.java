package org.parley.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

import org.parley.domain.InvalidInput;

import org.springframework.data.jpa.domain.Specification;

/** The list filters of {@code GET /statements}; each null field filters nothing. */
record StatementFilter(UUID talkId, UUID delegationId, UUID keyIssueId, StatementKind kind, String speaker, LocalDate from,
                       LocalDate to, String side, UUID processId, UUID personId, UUID documentId) {

    StatementFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "must be on or after from (" + from + ")");
        }
    }

    StatementFilter forTalk(UUID talkId) {
        return new StatementFilter(talkId, delegationId, keyIssueId, kind, speaker, from, to, side, processId, personId, documentId);
    }

    /**
     * @param delegationsOfSide the delegations that speak for a side: a statement is for a side when it
     *                          names it or was made for one of them
     * @param talksInProcess    the rounds of a process
     * @param peopleSpelled     the people whose name or an alias contains a part: "zelenskiy" finds what Zelenskyy said
     */
    Specification<Statement> toSpecification(Function<String, List<UUID>> delegationsOfSide, Function<UUID, List<UUID>> talksInProcess,
                                             Function<String, List<UUID>> peopleSpelled) {
        List<Specification<Statement>> specs = new ArrayList<>();
        if (personId != null) {
            specs.add((statement, query, cb) -> cb.equal(statement.get("personId"), personId));
        }
        if (side != null) {
            List<UUID> delegations = delegationsOfSide.apply(side);
            specs.add((statement, query, cb) -> delegations.isEmpty() ? cb.equal(statement.get("side"), side)
                : cb.or(cb.equal(statement.get("side"), side), statement.get("delegationId").in(delegations)));
        }
        if (processId != null) {
            List<UUID> talks = talksInProcess.apply(processId);
            specs.add((statement, query, cb) -> talks.isEmpty() ? cb.disjunction() : statement.get("talkId").in(talks));
        }
        if (talkId != null) {
            specs.add((statement, query, cb) -> cb.equal(statement.get("talkId"), talkId));
        }
        if (delegationId != null) {
            specs.add((statement, query, cb) -> cb.equal(statement.get("delegationId"), delegationId));
        }
        if (keyIssueId != null) {
            specs.add((statement, query, cb) -> cb.isMember(keyIssueId, statement.get("keyIssueIds")));
        }
        if (documentId != null) {
            specs.add((statement, query, cb) -> cb.isMember(documentId, statement.get("documentIds")));
        }
        if (kind != null) {
            specs.add((statement, query, cb) -> cb.equal(statement.get("kind"), kind));
        }
        if (speaker != null && !speaker.isBlank()) {
            String pattern = "%" + escapeLike(speaker.trim().toLowerCase(Locale.ROOT)) + "%";
            List<UUID> people = peopleSpelled.apply(speaker);
            specs.add((statement, query, cb) -> people.isEmpty() ? cb.like(cb.lower(statement.get("speaker")), pattern, '\\')
                : cb.or(cb.like(cb.lower(statement.get("speaker")), pattern, '\\'), statement.get("personId").in(people)));
        }
        if (from != null) {
            specs.add((statement, query, cb) -> cb.greaterThanOrEqualTo(statement.get("statedOn"), from));
        }
        if (to != null) {
            specs.add((statement, query, cb) -> cb.lessThanOrEqualTo(statement.get("statedOn"), to));
        }
        return Specification.allOf(specs);
    }

    // "50%" must find the text 50%, not every speaker containing 50
    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
