package org.parley.domain;

import java.util.Locale;

/**
 * Every rule of the domain that a well-formed request can break. Clients switch on the slug, which
 * becomes the problem type ({@code /problems/illegal-status-transition}); the description says when it
 * applies and the example shows a detail as the service words it, for the published contract.
 */
public enum Rule {

    ILLEGAL_STATUS_TRANSITION("A round's status moves only along the allowed transitions",
        "Talk 33333333-0000-7000-8000-000000000001 cannot move from CONCLUDED to ONGOING; CONCLUDED is final"),
    PARTICIPANT_LIMIT_EXCEEDED("A BILATERAL round seats at most two parties, a TRILATERAL three, and any round at most 50 delegations",
        "A BILATERAL talk has at most 2 parties; talk 33333333-0000-7000-8000-000000000001 would have 3"),
    MEDIATOR_IS_PARTY("The mediator's side cannot also sit as a party",
        "United States would be both mediator and party at talk 33333333-0000-7000-8000-000000000001; a mediator cannot also be a party"),
    AGREEMENT_OUTSIDE_SESSION("An agenda item can be AGREED only at an ONGOING or CONCLUDED round, and such a round keeps its status",
        "Talk 33333333-0000-7000-8000-000000000001 is PLANNED; an agenda item can be AGREED only at an ONGOING or CONCLUDED talk"),
    AGENDA_FULL("A round's agenda holds at most 100 key issues",
        "The agenda of talk 33333333-0000-7000-8000-000000000001 already holds 100 key issues, as many as it can"),
    TABLED_DOCUMENTS_FULL("A round lists at most 50 documents on its table",
        "Talk 33333333-0000-7000-8000-000000000001 already lists 50 documents on its table, as many as it can"),
    DELEGATION_NOT_AT_TALK("A statement made for a delegation at a round, or a session of a round, names only delegations among the round's participants",
        "Delegation 11111111-0000-7000-8000-000000000003 does not take part in talk 33333333-0000-7000-8000-000000000001; "
            + "seat it there first, or leave out talkId or delegationId"),
    SESSIONS_FULL("A round has at most 100 sessions",
        "Talk 33333333-0000-7000-8000-000000000001 already has 100 sessions, as many as a round can"),
    DELEGATION_HEAD_TAKEN("A delegation has at most one head",
        "Delegation 11111111-0000-7000-8000-000000000001 already has a head, Steve Witkoff; a delegation has at most one"),
    ROUND_HEAD_TAKEN("A delegation has at most one head at a round, whoever heads its standing roster",
        "Delegation 11111111-0000-7000-8000-000000000003 can have one head at talk 33333333-0000-7000-8000-000000000001, not two; "
            + "mark one member as head"),
    DELEGATION_FULL("A delegation has at most 200 members",
        "Delegation 11111111-0000-7000-8000-000000000001 already has 200 members, as many as a delegation can"),
    DUPLICATE_KEY_ISSUE("Key-issue names are unique, regardless of case and surrounding spaces",
        "A key issue named 'Territory' already exists (names are compared without regard to case)"),
    DUPLICATE_PROCESS("Process names are unique, regardless of case and surrounding spaces",
        "A process named 'Russia–Ukraine peace talks' already exists (names are compared without regard to case)"),
    OPEN_DATES_OUTSIDE_PLANNING("Only a round that has not sat (PLANNED, POSTPONED or CANCELLED) may leave its dates and place open",
        "Talk 33333333-0000-7000-8000-000000000001 cannot be ONGOING without startDate, endDate, city and country; "
            + "only a round that has not sat may leave them open"),
    ANSWER_TO_LATER_STATEMENT("A statement answers (denies, confirms, …) only statements made on or before its own day",
        "Statement 44444444-0000-7000-8000-000000000003 of 2025-12-21 cannot answer statement 44444444-0000-7000-8000-000000000004, "
            + "made later on 2025-12-22; a statement answers only earlier ones"),
    THREAD_LOOP("A statement cannot answer itself, nor one that already answers it, directly or through others",
        "Statement 44444444-0000-7000-8000-000000000003 cannot answer statement 44444444-0000-7000-8000-000000000005, which already "
            + "answers it, directly or through others; threads cannot loop"),
    ILLEGAL_DOCUMENT_TRANSITION("A document's status moves only along the allowed transitions, from DRAFT towards SIGNED, REJECTED or WITHDRAWN",
        "Document 99999999-0000-7000-8000-000000000001 cannot move from REJECTED to PROPOSED; REJECTED is final"),
    DUPLICATE_VERSION_LABEL("A version's label is unique within its document, regardless of case and surrounding spaces",
        "Document 99999999-0000-7000-8000-000000000001 already has a version labelled '28-point plan' (labels are compared without regard to case)"),
    DOCUMENT_VERSIONS_FULL("A document has at most 100 versions",
        "Document 99999999-0000-7000-8000-000000000001 already has 100 versions, as many as a document can"),
    STILL_REFERENCED("Nothing is deleted while something refers to it",
        "Talk 33333333-0000-7000-8000-000000000001 is still referenced by 13 statements; remove those first");

    private final String description;

    private final String example;

    Rule(String description, String example) {
        this.description = description;
        this.example = example;
    }

    /** The stable name clients switch on, e.g. {@code illegal-status-transition}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The short summary of the rule, e.g. "Illegal status transition". */
    public String title() {
        String words = slug().replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String description() {
        return description;
    }

    public String example() {
        return example;
    }
}
