package org.parley.talk;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.role;

/** A round announced before it has dates or a place ("the next round could be in Moscow"), and the roles beyond party and mediator. */
class PlannedRoundApiTest extends ApiTest {

    @Test
    void aPlannedRoundMayLeaveItsDatesAndPlaceOpen() {
        post("/api/v1/talks", aTalk().undated("early January").with("city", "Moscow")).expectStatus().isCreated().expectBody()
            .jsonPath("$.status").isEqualTo("PLANNED")
            .jsonPath("$.startDate").isEmpty()
            .jsonPath("$.endDate").isEmpty()
            .jsonPath("$.country").isEmpty()
            .jsonPath("$.city").isEqualTo("Moscow")
            .jsonPath("$.expectedWhen").isEqualTo("early January");
    }

    @Test
    void aRoundRecordedAsHeldNeedsItsDatesAndPlace() {
        expectProblem(post("/api/v1/talks", aTalk().undated("last week").concluded()), 409, "open-dates-outside-planning");
    }

    @Test
    void anUndatedRoundCannotStartSitting() {
        String talk = create("/api/v1/talks", aTalk().undated("early January"));
        expectProblem(patch(talk, Map.of("status", "ONGOING")), 409, "open-dates-outside-planning");
        get("/api/v1/talks/" + talk).expectBody().jsonPath("$.status").isEqualTo("PLANNED");
    }

    @Test
    void aRoundStartsSittingOnceItIsDatedAndPlaced() {
        String talk = create("/api/v1/talks", aTalk().undated("early January"));
        patch(talk, Map.of("status", "ONGOING", "startDate", "2026-01-10", "endDate", "2026-01-11", "city", "Abu Dhabi",
            "country", "United Arab Emirates")).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("ONGOING");
    }

    @Test
    void aSittingRoundKeepsItsDates() {
        String talk = create("/api/v1/talks", aTalk().ongoing());
        expectProblem(put("/api/v1/talks/" + talk, aTalk().undated("later")), 409, "open-dates-outside-planning");
    }

    @Test
    void anEndNeedsAStart() {
        expectProblem(post("/api/v1/talks", aTalk().with("startDate", null)), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("startDate");
    }

    @Test
    void aPlaceGivenIsNotBlank() {
        expectProblem(post("/api/v1/talks", aTalk().with("city", " ")), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("city");
    }

    @Test
    void undatedRoundsComeFirstNewestFirst() {
        create("/api/v1/talks", aTalk().with("title", "Miami"));
        create("/api/v1/talks", aTalk().with("title", "Next round").undated("early January"));
        get("/api/v1/talks").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Next round", "Miami"));
    }

    @Test
    void aHostSitsBesideTheParties() {
        String istanbul = create("/api/v1/talks", aTalk().bilateral().in("Istanbul", "Türkiye"));
        put(seat(istanbul, create("/api/v1/delegations", aDelegation().named("Russian delegation", "Russia"))), role("PARTY"))
            .expectStatus().isCreated();
        put(seat(istanbul, create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"))), role("PARTY"))
            .expectStatus().isCreated();
        put(seat(istanbul, create("/api/v1/delegations", aDelegation().named("Turkish hosts", "Türkiye"))), role("HOST"))
            .expectStatus().isCreated().expectBody().jsonPath("$.role").isEqualTo("HOST");
        get("/api/v1/talks/" + istanbul).expectBody().jsonPath("$.participants[*].role").isEqualTo(List.of("HOST", "PARTY", "PARTY"));
    }

    @Test
    void theMediatorRuleStillHoldsBesideTheNewRoles() {
        String talk = create("/api/v1/talks", aTalk());
        String us = create("/api/v1/delegations", aDelegation().named("US team", "United States"));
        put(seat(talk, us), role("MEDIATOR")).expectStatus().isCreated();
        put(seat(talk, create("/api/v1/delegations", aDelegation().named("US guarantors", "United States"))), role("GUARANTOR"))
            .expectStatus().isCreated();
        expectProblem(put(seat(talk, create("/api/v1/delegations", aDelegation().named("US negotiators", "United States"))),
            role("PARTY")), 409, "mediator-is-party");
    }

    private static String seat(String talk, String delegation) {
        return "/api/v1/talks/" + talk + "/participants/" + delegation;
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec patch(String talk, Object body) {
        return http.patch().uri("/api/v1/talks/" + talk).contentType(MediaType.valueOf("application/merge-patch+json"))
            .header(HttpHeaders.IF_MATCH, "*").body(body).exchange();
    }
}
