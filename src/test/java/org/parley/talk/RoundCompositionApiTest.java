package org.parley.talk;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aPerson;
import static org.parley.Fixtures.aTalk;

/** Who sat for a delegation at each round, and the meetings inside a round. */
class RoundCompositionApiTest extends ApiTest {

    private static final String MISSING = "00000000-0000-0000-0000-000000000000";

    private static Map<String, Object> member(String personId, boolean head) {
        return Map.of("personId", personId, "position", "Secretary of the National Security Council", "head", head);
    }

    private static Map<String, Object> seat(String role, Object... members) {
        return Map.of("role", role, "members", List.of(members));
    }

    @Test
    void eachRoundNamesItsOwnHead() {
        String arakhamia = create("/api/v1/people", aPerson("Davyd Arakhamia"));
        String umerov = create("/api/v1/people", aPerson("Rustem Umerov"));
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        String istanbul2022 = create("/api/v1/talks", aTalk().with("title", "Istanbul 2022").between("2022-03-29", "2022-03-29").concluded());
        String istanbul2025 = create("/api/v1/talks", aTalk().with("title", "Istanbul 2025").between("2025-05-16", "2025-05-16").concluded());
        put("/api/v1/talks/" + istanbul2022 + "/participants/" + ukraine, seat("PARTY", member(arakhamia, true), member(umerov, false)))
            .expectStatus().isCreated();
        put("/api/v1/talks/" + istanbul2025 + "/participants/" + ukraine, seat("PARTY", member(umerov, true)))
            .expectStatus().isCreated();
        get("/api/v1/talks/" + istanbul2022).expectBody()
            .jsonPath("$.participants[0].members[*].name").isEqualTo(List.of("Davyd Arakhamia", "Rustem Umerov"))
            .jsonPath("$.participants[0].members[0].head").isEqualTo(true);
        get("/api/v1/talks/" + istanbul2025 + "/participants/" + ukraine).expectBody()
            .jsonPath("$.members[0].name").isEqualTo("Rustem Umerov")
            .jsonPath("$.members[0].head").isEqualTo(true)
            .jsonPath("$.members[0].position").isEqualTo("Secretary of the National Security Council");
    }

    @Test
    void aDelegationHasOneHeadAtARound() {
        String arakhamia = create("/api/v1/people", aPerson("Davyd Arakhamia"));
        String umerov = create("/api/v1/people", aPerson("Rustem Umerov"));
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        String talk = create("/api/v1/talks", aTalk());
        expectProblem(put("/api/v1/talks/" + talk + "/participants/" + ukraine, seat("PARTY", member(arakhamia, true), member(umerov, true))),
            409, "round-head-taken");
    }

    @Test
    void aPersonSitsOnceForADelegation() {
        String umerov = create("/api/v1/people", aPerson("Rustem Umerov"));
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        String talk = create("/api/v1/talks", aTalk());
        expectProblem(put("/api/v1/talks/" + talk + "/participants/" + ukraine, seat("PARTY", member(umerov, true), member(umerov, false))),
            400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("members[1].personId");
    }

    @Test
    void membersArePeopleThatExist() {
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        String talk = create("/api/v1/talks", aTalk());
        expectProblem(put("/api/v1/talks/" + talk + "/participants/" + ukraine, seat("PARTY", member(MISSING, true))), 404, "not-found");
    }

    @Test
    void aRoleChangeWithoutMembersKeepsThem() {
        String umerov = create("/api/v1/people", aPerson("Rustem Umerov"));
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        String talk = create("/api/v1/talks", aTalk());
        put("/api/v1/talks/" + talk + "/participants/" + ukraine, seat("PARTY", member(umerov, true))).expectStatus().isCreated();
        put("/api/v1/talks/" + talk + "/participants/" + ukraine, Map.of("role", "OBSERVER")).expectStatus().isOk().expectBody()
            .jsonPath("$.role").isEqualTo("OBSERVER")
            .jsonPath("$.members[0].personId").isEqualTo(umerov);
    }

    @Test
    void aPersonWhoSatAtARoundIsNotDeleted() {
        String umerov = create("/api/v1/people", aPerson("Rustem Umerov"));
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        String talk = create("/api/v1/talks", aTalk());
        put("/api/v1/talks/" + talk + "/participants/" + ukraine, seat("PARTY", member(umerov, true))).expectStatus().isCreated();
        expectProblem(delete("/api/v1/people/" + umerov), 409, "still-referenced")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("1 seat at a round"));
    }

    @Test
    void sessionsRecordWhoMetWhenAndWhere() {
        String talk = create("/api/v1/talks", aTalk());
        String us = create("/api/v1/delegations", aDelegation().named("US team", "United States"));
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        String russia = create("/api/v1/delegations", aDelegation().named("Russian delegation", "Russia"));
        put("/api/v1/talks/" + talk + "/participants/" + us, Map.of("role", "MEDIATOR")).expectStatus().isCreated();
        put("/api/v1/talks/" + talk + "/participants/" + ukraine, Map.of("role", "PARTY")).expectStatus().isCreated();
        put("/api/v1/talks/" + talk + "/participants/" + russia, Map.of("role", "PARTY")).expectStatus().isCreated();
        post("/api/v1/talks/" + talk + "/sessions", Map.of("date", "2025-12-20", "participantIds", List.of(us, russia)))
            .expectStatus().isCreated();
        post("/api/v1/talks/" + talk + "/sessions", Map.of("date", "2025-12-19", "time", "15:00:00", "place", "Miami",
            "participantIds", List.of(us, ukraine), "note", "The day before the Russian meetings"))
            .expectStatus().isCreated()
            .expectHeader().value("Location", location -> assertThat(location).contains("/api/v1/talks/" + talk + "/sessions/"));
        get("/api/v1/talks/" + talk + "/sessions").expectStatus().isOk().expectBody()
            .jsonPath("$[*].date").isEqualTo(List.of("2025-12-19", "2025-12-20"))
            .jsonPath("$[0].time").isEqualTo("15:00:00")
            .jsonPath("$[0].participants[*].name").isEqualTo(List.of("US team", "Ukrainian delegation"));
    }

    @Test
    void aSessionIsBetweenDelegationsSeatedAtTheRound() {
        String talk = create("/api/v1/talks", aTalk());
        String outsider = create("/api/v1/delegations", aDelegation());
        expectProblem(post("/api/v1/talks/" + talk + "/sessions", Map.of("date", "2025-12-20", "participantIds", List.of(outsider))),
            409, "delegation-not-at-talk");
        expectProblem(post("/api/v1/talks/" + talk + "/sessions", Map.of("date", "2025-12-20", "participantIds", List.of())),
            400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("participantIds");
    }

    @Test
    void aDelegationThatMetAtARoundStaysSeatedUntilItsSessionsGo() {
        String talk = create("/api/v1/talks", aTalk());
        String russia = create("/api/v1/delegations", aDelegation());
        put("/api/v1/talks/" + talk + "/participants/" + russia, Map.of("role", "PARTY")).expectStatus().isCreated();
        String session = create("/api/v1/talks/" + talk + "/sessions", Map.of("date", "2025-12-20", "participantIds", List.of(russia)));
        expectProblem(delete("/api/v1/talks/" + talk + "/participants/" + russia), 409, "still-referenced");
        delete("/api/v1/talks/" + talk + "/sessions/" + session).expectStatus().isNoContent();
        delete("/api/v1/talks/" + talk + "/participants/" + russia).expectStatus().isNoContent();
    }

    @Test
    void aSessionIsReplacedUnderTheTalksETag() {
        String talk = create("/api/v1/talks", aTalk());
        String russia = create("/api/v1/delegations", aDelegation());
        put("/api/v1/talks/" + talk + "/participants/" + russia, Map.of("role", "PARTY")).expectStatus().isCreated();
        String session = create("/api/v1/talks/" + talk + "/sessions", Map.of("date", "2025-12-20", "participantIds", List.of(russia)));
        http.put().uri("/api/v1/talks/" + talk + "/sessions/" + session).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .header("If-Match", "\"0\"").body(Map.of("date", "2025-12-21", "participantIds", List.of(russia))).exchange()
            .expectStatus().isEqualTo(412);
        put("/api/v1/talks/" + talk + "/sessions/" + session, Map.of("date", "2025-12-21", "participantIds", List.of(russia)))
            .expectStatus().isOk().expectBody().jsonPath("$.date").isEqualTo("2025-12-21");
        expectProblem(get("/api/v1/talks/" + talk + "/sessions/" + MISSING), 404, "not-found");
    }
}
