package org.parley.talk;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.agendaStatus;
import static org.parley.Fixtures.role;

class TalkApiTest extends ApiTest {

    private static final String MISSING = "/api/v1/talks/00000000-0000-0000-0000-000000000000";

    @Test
    void createsATalkAndAnswersItWithItsLocation() {
        post("/api/v1/talks", aTalk().concluded())
            .expectStatus().isCreated()
            .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).contains("/api/v1/talks/"))
            .expectBody()
            .jsonPath("$.id").isNotEmpty()
            .jsonPath("$.title").isEqualTo("Miami consultations")
            .jsonPath("$.city").isEqualTo("Miami")
            .jsonPath("$.venue").isEqualTo("Shell Bay")
            .jsonPath("$.startDate").isEqualTo("2025-12-20")
            .jsonPath("$.format").isEqualTo("PROXIMITY")
            .jsonPath("$.status").isEqualTo("CONCLUDED")
            .jsonPath("$.participants").isEmpty()
            .jsonPath("$.agenda").isEmpty()
            .jsonPath("$.version").isEqualTo(0)
            .jsonPath("$.createdAt").isNotEmpty()
            .jsonPath("$.updatedAt").isNotEmpty();
    }

    @Test
    void theLocationOfANewTalkServesIt() {
        var created = post("/api/v1/talks", aTalk()).expectStatus().isCreated().returnResult();
        String location = created.getResponseHeaders().getLocation().toString();
        http.get().uri(location).exchange().expectStatus().isOk().expectBody().jsonPath("$.title").isEqualTo("Miami consultations");
    }

    @Test
    void theLocationOfANewSeatOrAgendaItemServesIt() {
        String talk = create("/api/v1/talks", aTalk().ongoing());
        String delegation = create("/api/v1/delegations", aDelegation());
        String issue = create("/api/v1/key-issues", aKeyIssue("Territory"));
        var seated = put("/api/v1/talks/" + talk + "/participants/" + delegation, role("PARTY")).expectStatus().isCreated().returnResult();
        http.get().uri(seated.getResponseHeaders().getLocation()).exchange().expectStatus().isOk()
            .expectHeader().valueEquals("ETag", "\"1\"")
            .expectBody().jsonPath("$.role").isEqualTo("PARTY").jsonPath("$.name").isEqualTo("Russian delegation");
        var raised = put("/api/v1/talks/" + talk + "/agenda/" + issue, agendaStatus("RAISED")).expectStatus().isCreated().returnResult();
        http.get().uri(raised.getResponseHeaders().getLocation()).exchange().expectStatus().isOk()
            .expectBody().jsonPath("$.status").isEqualTo("RAISED").jsonPath("$.name").isEqualTo("Territory");
    }

    @Test
    void aSeatOrAgendaItemThatIsNotThereIsNotFound() {
        String talk = create("/api/v1/talks", aTalk());
        expectProblem(get("/api/v1/talks/" + talk + "/participants/" + create("/api/v1/delegations", aDelegation())), 404, "not-found");
        expectProblem(get("/api/v1/talks/" + talk + "/agenda/" + create("/api/v1/key-issues", aKeyIssue("Territory"))), 404, "not-found");
    }

    @Test
    void aNewTalkWithoutStatusIsPlanned() {
        post("/api/v1/talks", aTalk()).expectStatus().isCreated().expectBody().jsonPath("$.status").isEqualTo("PLANNED");
    }

    @Test
    void replacesATalkAndMovesItsVersion() {
        String id = create("/api/v1/talks", aTalk().planned());
        put("/api/v1/talks/" + id, aTalk().ongoing().with("title", "Miami, second day"))
            .expectStatus().isOk()
            .expectBody()
            .jsonPath("$.title").isEqualTo("Miami, second day")
            .jsonPath("$.status").isEqualTo("ONGOING")
            .jsonPath("$.version").isEqualTo(1);
        get("/api/v1/talks/" + id).expectBody().jsonPath("$.title").isEqualTo("Miami, second day");
    }

    @Test
    void replacingWithoutAStatusKeepsTheStatus() {
        String id = create("/api/v1/talks", aTalk().ongoing());
        put("/api/v1/talks/" + id, aTalk().without("status")).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ONGOING");
    }

    @Test
    void aBodyReadBackCanBeSentAgainAsReplacement() {
        String id = create("/api/v1/talks", aTalk());
        byte[] read = get("/api/v1/talks/" + id).expectBody().returnResult().getResponseBody();
        http.put().uri("/api/v1/talks/" + id).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"0\"").body(read).exchange()
            .expectStatus().isOk();
    }

    @Test
    void refusesAnIllegalStatusMove() {
        String id = create("/api/v1/talks", aTalk().concluded());
        expectProblem(put("/api/v1/talks/" + id, aTalk().ongoing()), 409, "illegal-status-transition")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("CONCLUDED is final"));
        get("/api/v1/talks/" + id).expectBody().jsonPath("$.status").isEqualTo("CONCLUDED");
    }

    @Test
    void refusesAnEndDateBeforeTheStartDate() {
        expectProblem(post("/api/v1/talks", aTalk().between("2025-12-21", "2025-12-20")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("endDate");
    }

    @Test
    void refusesATalkWithoutRequiredFields() {
        expectProblem(post("/api/v1/talks", Map.of()), 400, "invalid-input")
            .jsonPath("$.errors[*].field").value(fields -> assertThat((List<String>) fields)
                .containsOnly("title", "format"));
    }

    @Test
    void deletesATalk() {
        String id = create("/api/v1/talks", aTalk());
        delete("/api/v1/talks/" + id).expectStatus().isNoContent();
        expectProblem(get("/api/v1/talks/" + id), 404, "not-found");
    }

    @Test
    void anUnknownTalkIsNotFound() {
        expectProblem(get(MISSING), 404, "not-found");
        expectProblem(put(MISSING, aTalk()), 404, "not-found");
        expectProblem(delete(MISSING), 404, "not-found");
        expectProblem(put(MISSING + "/participants/00000000-0000-0000-0000-000000000001", role("PARTY")), 404, "not-found");
    }

    @Test
    void refusesToDeleteATalkThatStatementsReferTo() {
        String talk = create("/api/v1/talks", aTalk());
        create("/api/v1/statements", aStatement().at(talk));
        expectProblem(delete("/api/v1/talks/" + talk), 409, "still-referenced")
            .jsonPath("$.detail").value(d -> assertThat((String) d).contains("1 statement"));
        get("/api/v1/talks/" + talk).expectStatus().isOk();
    }

    @Test
    void aDelegationSeatedAsPartyCannotChangeToTheMediatorsSide() {
        String talk = create("/api/v1/talks", aTalk());
        String envoys = create("/api/v1/delegations", aDelegation().named("US envoys", "United States"));
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        put("/api/v1/talks/" + talk + "/participants/" + envoys, role("MEDIATOR")).expectStatus().isCreated();
        put("/api/v1/talks/" + talk + "/participants/" + ukraine, role("PARTY")).expectStatus().isCreated();
        expectProblem(put("/api/v1/delegations/" + ukraine, aDelegation().named("Ukrainian delegation", "united states ")), 409,
            "mediator-is-party");
        get("/api/v1/delegations/" + ukraine).expectBody().jsonPath("$.party").isEqualTo("Ukraine");
    }

    @Test
    void aTalkWithAnAgreementCannotBePostponed() {
        String talk = create("/api/v1/talks", aTalk().ongoing());
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        put("/api/v1/talks/" + talk + "/agenda/" + territory, agendaStatus("AGREED")).expectStatus().isCreated();
        expectProblem(put("/api/v1/talks/" + talk, aTalk().status("POSTPONED")), 409, "agreement-outside-session");
    }

    @Test
    void seatsADelegationAndListsItWithTheTalk() {
        String talk = create("/api/v1/talks", aTalk());
        String us = create("/api/v1/delegations", aDelegation().named("US envoys", "United States"));
        put("/api/v1/talks/" + talk + "/participants/" + us, role("MEDIATOR"))
            .expectStatus().isCreated()
            .expectBody()
            .jsonPath("$.delegationId").isEqualTo(us)
            .jsonPath("$.name").isEqualTo("US envoys")
            .jsonPath("$.role").isEqualTo("MEDIATOR");
        get("/api/v1/talks/" + talk).expectBody()
            .jsonPath("$.participants.length()").isEqualTo(1)
            .jsonPath("$.participants[0].name").isEqualTo("US envoys")
            .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void seatingTheSameDelegationAgainChangesItsRoleAndKeepsOneSeat() {
        String talk = create("/api/v1/talks", aTalk());
        String us = create("/api/v1/delegations", aDelegation().named("US envoys", "United States"));
        put("/api/v1/talks/" + talk + "/participants/" + us, role("OBSERVER")).expectStatus().isCreated();
        put("/api/v1/talks/" + talk + "/participants/" + us, role("MEDIATOR")).expectStatus().isOk();
        get("/api/v1/talks/" + talk).expectBody()
            .jsonPath("$.participants.length()").isEqualTo(1)
            .jsonPath("$.participants[0].role").isEqualTo("MEDIATOR");
    }

    @Test
    void aBilateralTalkRefusesAThirdParty() {
        String talk = create("/api/v1/talks", aTalk().bilateral());
        put("/api/v1/talks/" + talk + "/participants/" + create("/api/v1/delegations", aDelegation()), role("PARTY")).expectStatus().isCreated();
        put("/api/v1/talks/" + talk + "/participants/" + create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine")),
            role("PARTY")).expectStatus().isCreated();
        String third = create("/api/v1/delegations", aDelegation().named("Belarusian delegation", "Belarus"));
        expectProblem(put("/api/v1/talks/" + talk + "/participants/" + third, role("PARTY")), 409, "participant-limit-exceeded");
        get("/api/v1/talks/" + talk).expectBody().jsonPath("$.participants.length()").isEqualTo(2);
    }

    @Test
    void aTrilateralTalkRefusesAFourthParty() {
        String talk = create("/api/v1/talks", aTalk().trilateral());
        for (String party : new String[] { "Russia", "Ukraine", "United States" }) {
            put("/api/v1/talks/" + talk + "/participants/" + create("/api/v1/delegations", aDelegation().named(party + " delegation", party)),
                role("PARTY")).expectStatus().isCreated();
        }
        String fourth = create("/api/v1/delegations", aDelegation().named("Belarusian delegation", "Belarus"));
        expectProblem(put("/api/v1/talks/" + talk + "/participants/" + fourth, role("PARTY")), 409, "participant-limit-exceeded");
    }

    @Test
    void narrowingTheFormatBelowTheSeatedPartiesIsAConflict() {
        String talk = create("/api/v1/talks", aTalk().trilateral());
        for (String party : new String[] { "Russia", "Ukraine", "United States" }) {
            put("/api/v1/talks/" + talk + "/participants/" + create("/api/v1/delegations", aDelegation().named(party + " delegation", party)),
                role("PARTY")).expectStatus().isCreated();
        }
        expectProblem(put("/api/v1/talks/" + talk, aTalk().bilateral()), 409, "participant-limit-exceeded");
    }

    @Test
    void theMediatorsSideCannotAlsoSitAsAParty() {
        String talk = create("/api/v1/talks", aTalk());
        String envoys = create("/api/v1/delegations", aDelegation().named("US envoys", "United States"));
        String negotiators = create("/api/v1/delegations", aDelegation().named("US negotiators", "United States"));
        put("/api/v1/talks/" + talk + "/participants/" + envoys, role("MEDIATOR")).expectStatus().isCreated();
        expectProblem(put("/api/v1/talks/" + talk + "/participants/" + negotiators, role("PARTY")), 409, "mediator-is-party");
    }

    @Test
    void seatingAnUnknownDelegationIsNotFound() {
        String talk = create("/api/v1/talks", aTalk());
        expectProblem(put("/api/v1/talks/" + talk + "/participants/00000000-0000-0000-0000-000000000001", role("PARTY")), 404, "not-found")
            .jsonPath("$.detail").value(d -> assertThat((String) d).contains("Delegation 00000000-0000-0000-0000-000000000001"));
    }

    @Test
    void aSeatNeedsARole() {
        String talk = create("/api/v1/talks", aTalk());
        String us = create("/api/v1/delegations", aDelegation());
        expectProblem(put("/api/v1/talks/" + talk + "/participants/" + us, Map.of()), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("role");
        expectProblem(put("/api/v1/talks/" + talk + "/participants/" + us, role("HOSTAGE")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("role");
    }

    @Test
    void unseatsADelegation() {
        String talk = create("/api/v1/talks", aTalk());
        String us = create("/api/v1/delegations", aDelegation());
        put("/api/v1/talks/" + talk + "/participants/" + us, role("PARTY")).expectStatus().isCreated();
        delete("/api/v1/talks/" + talk + "/participants/" + us).expectStatus().isNoContent();
        get("/api/v1/talks/" + talk).expectBody().jsonPath("$.participants").isEmpty();
        expectProblem(delete("/api/v1/talks/" + talk + "/participants/" + us), 404, "not-found");
    }

    @Test
    void refusesToUnseatADelegationWhoseStatementsAtTheTalkRemain() {
        String talk = create("/api/v1/talks", aTalk());
        String russia = create("/api/v1/delegations", aDelegation());
        put("/api/v1/talks/" + talk + "/participants/" + russia, role("PARTY")).expectStatus().isCreated();
        create("/api/v1/statements", aStatement().at(talk).forDelegation(russia));
        expectProblem(delete("/api/v1/talks/" + talk + "/participants/" + russia), 409, "still-referenced");
    }

    @Test
    void putsAKeyIssueOnTheAgendaAndUpdatesIt() {
        String talk = create("/api/v1/talks", aTalk().ongoing());
        String plant = create("/api/v1/key-issues", aKeyIssue("Zaporizhzhia nuclear plant").with("category", "NUCLEAR_SAFETY"));
        put("/api/v1/talks/" + talk + "/agenda/" + plant, agendaStatus("RAISED"))
            .expectStatus().isCreated()
            .expectBody().jsonPath("$.name").isEqualTo("Zaporizhzhia nuclear plant").jsonPath("$.status").isEqualTo("RAISED");
        put("/api/v1/talks/" + talk + "/agenda/" + plant, agendaStatus("DEADLOCKED")).expectStatus().isOk();
        get("/api/v1/talks/" + talk).expectBody()
            .jsonPath("$.agenda.length()").isEqualTo(1)
            .jsonPath("$.agenda[0].keyIssueId").isEqualTo(plant)
            .jsonPath("$.agenda[0].status").isEqualTo("DEADLOCKED")
            .jsonPath("$.agenda[0].note").isEqualTo("discussed in Miami");
    }

    @Test
    void anIssueCannotBeAgreedAtAPlannedTalk() {
        String talk = create("/api/v1/talks", aTalk().planned());
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        expectProblem(put("/api/v1/talks/" + talk + "/agenda/" + territory, agendaStatus("AGREED")), 409, "agreement-outside-session");
    }

    @Test
    void anIssueCanBeAgreedAtAnOngoingTalk() {
        String talk = create("/api/v1/talks", aTalk().ongoing());
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        put("/api/v1/talks/" + talk + "/agenda/" + territory, agendaStatus("AGREED")).expectStatus().isCreated();
    }

    @Test
    void takesAnIssueOffTheAgenda() {
        String talk = create("/api/v1/talks", aTalk());
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        put("/api/v1/talks/" + talk + "/agenda/" + territory, agendaStatus("RAISED")).expectStatus().isCreated();
        delete("/api/v1/talks/" + talk + "/agenda/" + territory).expectStatus().isNoContent();
        get("/api/v1/talks/" + talk).expectBody().jsonPath("$.agenda").isEmpty();
    }

    @Test
    void anUnknownKeyIssueCannotGoOnTheAgenda() {
        String talk = create("/api/v1/talks", aTalk());
        expectProblem(put("/api/v1/talks/" + talk + "/agenda/00000000-0000-0000-0000-000000000002", agendaStatus("RAISED")), 404, "not-found");
    }
}
