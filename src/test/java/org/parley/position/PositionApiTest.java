package org.parley.position;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aPosition;
import static org.parley.Fixtures.aStatement;

class PositionApiTest extends ApiTest {

    private static final String MISSING = "00000000-0000-0000-0000-000000000000";

    private static final String ALSO_MISSING = "00000000-0000-0000-0000-000000000001";

    private String territory;

    private String hardestQuestions;

    // named unlike the demo's key issues, which a context loading the demo round after this class would collide with
    @BeforeEach
    void recordAnIssueAndAStatement() {
        territory = create("/api/v1/key-issues", aKeyIssue("Occupied territories"));
        hardestQuestions = create("/api/v1/statements", aStatement().by("Volodymyr Zelenskyy").forSide("UKR").about(territory)
            .with("text", "The hardest questions for Kyiv are territory, the nuclear plant, security guarantees and funding"));
    }

    @Test
    void recordsAndReadsAPosition() {
        String id = post("/api/v1/positions", aPosition("UKR", territory, hardestQuestions)).expectStatus().isCreated()
            .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
            .expectHeader().value(HttpHeaders.LOCATION, location -> assertThat(location).contains("/api/v1/positions/"))
            .returnResult(Map.class).getResponseBody().get("id").toString();
        get("/api/v1/positions/" + id).expectStatus().isOk().expectBody()
            .jsonPath("$.side").isEqualTo("UKR")
            .jsonPath("$.keyIssueId").isEqualTo(territory)
            .jsonPath("$.stance").isEqualTo("OPPOSES")
            .jsonPath("$.summary").isEqualTo("Opposes ceding territory")
            .jsonPath("$.asOf").isEqualTo("2025-12-20")
            .jsonPath("$.evidenceStatementIds").isEqualTo(List.of(hardestQuestions))
            .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void refusesAPositionWithNoEvidence() {
        expectProblem(post("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("evidenceStatementIds", List.of())),
            400, "invalid-input").jsonPath("$.errors[*].field").isEqualTo(List.of("evidenceStatementIds"));
    }

    @Test
    void refusesAPositionWithoutEvidence() {
        expectProblem(post("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).without("evidenceStatementIds")),
            400, "invalid-input").jsonPath("$.errors[*].field").isEqualTo(List.of("evidenceStatementIds"));
    }

    @Test
    void refusesAPatchThatRemovesTheEvidence() {
        String id = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        expectProblem(patch(id, Map.of("evidenceStatementIds", List.of()), "*"), 400, "invalid-input")
            .jsonPath("$.errors[*].field").isEqualTo(List.of("evidenceStatementIds"));
    }

    @Test
    void refusesAStatementCitedTwice() {
        expectProblem(post("/api/v1/positions", aPosition("UKR", territory, hardestQuestions)
            .with("evidenceStatementIds", List.of(hardestQuestions, hardestQuestions))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("evidenceStatementIds[1]");
    }

    @Test
    void refusesMoreThanFiftyStatements() {
        List<String> evidence = Stream.generate(() -> UUID.randomUUID().toString()).limit(51).toList();
        expectProblem(post("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("evidenceStatementIds", evidence)),
            400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("evidenceStatementIds");
    }

    @Test
    void refusesASideThatIsNoCode() {
        expectProblem(post("/api/v1/positions", aPosition("Ukraine", territory, hardestQuestions)), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("side");
    }

    @Test
    void refusesAnUnknownStance() {
        expectProblem(post("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("stance", "AMBIVALENT")), 400,
            "invalid-input").jsonPath("$.errors[0].field").isEqualTo("stance");
    }

    @Test
    void refusesAPositionHeldInTheFuture() {
        String dayAfterTomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        expectProblem(post("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("asOf", dayAfterTomorrow)), 400,
            "invalid-input").jsonPath("$.errors[0].field").isEqualTo("asOf");
    }

    @Test
    void requiresASideAKeyIssueAStanceASummaryAndADay() {
        expectProblem(post("/api/v1/positions", Map.of("summary", " ", "evidenceStatementIds", List.of(hardestQuestions))), 400,
            "invalid-input").jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields)
            .containsExactlyInAnyOrder("side", "keyIssueId", "stance", "summary", "asOf"));
    }

    @Test
    void refusesASummaryOverFourThousandCharacters() {
        expectProblem(post("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("summary", "x".repeat(4001))), 400,
            "invalid-input").jsonPath("$.errors[0].field").isEqualTo("summary");
    }

    @Test
    void aPositionIsOnAKeyIssueThatExists() {
        expectProblem(post("/api/v1/positions", aPosition("UKR", MISSING, hardestQuestions)), 404, "not-found")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("Key issue " + MISSING));
    }

    @Test
    void aPositionCitesStatementsThatExistNamingTheFirstMissing() {
        expectProblem(post("/api/v1/positions", aPosition("UKR", territory, hardestQuestions)
            .with("evidenceStatementIds", List.of(hardestQuestions, ALSO_MISSING, MISSING))), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Statement " + ALSO_MISSING + " does not exist");
    }

    @Test
    void aReplacementCitesStatementsThatExist() {
        String id = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        expectProblem(put("/api/v1/positions/" + id, aPosition("UKR", territory, MISSING)), 404, "not-found")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("Statement " + MISSING));
    }

    @Test
    void anUnknownPositionIsNotFound() {
        expectProblem(get("/api/v1/positions/" + MISSING), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Position " + MISSING + " does not exist");
        expectProblem(put("/api/v1/positions/" + MISSING, aPosition("UKR", territory, hardestQuestions)), 404, "not-found");
        expectProblem(patch(MISSING, Map.of("stance", "SUPPORTS"), "*"), 404, "not-found");
        expectProblem(delete("/api/v1/positions/" + MISSING), 404, "not-found");
    }

    @Test
    void replacesAPositionAndItsEvidence() {
        String id = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        String noBreakthrough = create("/api/v1/statements", aStatement().by("Politico").kind("ANALYSIS").statedOn(LocalDate.of(2025, 12, 21)));
        put("/api/v1/positions/" + id, aPosition("UKR", territory, noBreakthrough).with("stance", "CONDITIONAL").with("asOf", "2025-12-21"))
            .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"").expectBody()
            .jsonPath("$.stance").isEqualTo("CONDITIONAL")
            .jsonPath("$.asOf").isEqualTo("2025-12-21")
            .jsonPath("$.evidenceStatementIds").isEqualTo(List.of(noBreakthrough));
    }

    @Test
    void aReplacementThatChangesNothingKeepsTheVersion() {
        String other = create("/api/v1/statements", aStatement());
        String id = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("evidenceStatementIds", List.of(hardestQuestions, other)));
        put("/api/v1/positions/" + id, aPosition("UKR", territory, hardestQuestions).with("evidenceStatementIds", List.of(other, hardestQuestions)))
            .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void patchesOnlyTheNamedFields() {
        String id = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        patch(id, Map.of("stance", "CONDITIONAL"), "\"0\"").expectStatus().isOk().expectBody()
            .jsonPath("$.stance").isEqualTo("CONDITIONAL")
            .jsonPath("$.summary").isEqualTo("Opposes ceding territory")
            .jsonPath("$.evidenceStatementIds").isEqualTo(List.of(hardestQuestions))
            .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void aWriteWithoutIfMatchIsRefusedAsPreconditionRequired() {
        String id = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        expectProblem(http.put().uri("/api/v1/positions/" + id).contentType(MediaType.APPLICATION_JSON)
            .body(aPosition("UKR", territory, hardestQuestions).with("stance", "SUPPORTS")).exchange(), 428, "precondition-required");
        expectProblem(patch(id, Map.of("stance", "SUPPORTS"), null), 428, "precondition-required");
        expectProblem(http.delete().uri("/api/v1/positions/" + id).exchange(), 428, "precondition-required");
        get("/api/v1/positions/" + id).expectBody().jsonPath("$.stance").isEqualTo("OPPOSES");
    }

    @Test
    void aWriteBasedOnAStaleReadIsRefused() {
        String id = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        patch(id, Map.of("stance", "CONDITIONAL"), "\"0\"").expectStatus().isOk();
        expectProblem(http.put().uri("/api/v1/positions/" + id).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"0\"")
            .body(aPosition("UKR", territory, hardestQuestions).with("stance", "SUPPORTS")).exchange(), 412, "precondition-failed")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("Position " + id + " is at version 1, not 0"));
        expectProblem(patch(id, Map.of("stance", "SUPPORTS"), "\"0\""), 412, "precondition-failed");
        expectProblem(http.delete().uri("/api/v1/positions/" + id).header(HttpHeaders.IF_MATCH, "\"0\"").exchange(), 412, "precondition-failed");
        get("/api/v1/positions/" + id).expectBody().jsonPath("$.stance").isEqualTo("CONDITIONAL");
    }

    @Test
    void deletesAPositionWithItsCurrentETag() {
        String id = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        http.delete().uri("/api/v1/positions/" + id).header(HttpHeaders.IF_MATCH, "\"0\"").exchange().expectStatus().isNoContent();
        expectProblem(get("/api/v1/positions/" + id), 404, "not-found");
    }

    @Test
    void listsTheLatestFirst() {
        create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("asOf", "2025-11-30"));
        create("/api/v1/positions", aPosition("RUS", territory, hardestQuestions).with("asOf", "2025-12-20"));
        create("/api/v1/positions", aPosition("USA", territory, hardestQuestions).with("asOf", "2025-12-01"));
        get("/api/v1/positions").expectBody().jsonPath("$.content[*].side").isEqualTo(List.of("RUS", "USA", "UKR"));
        get("/api/v1/positions?sort=side").expectBody().jsonPath("$.content[*].side").isEqualTo(List.of("RUS", "UKR", "USA"));
    }

    @Test
    void filtersBySide() {
        create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        create("/api/v1/positions", aPosition("RUS", territory, hardestQuestions));
        get("/api/v1/positions?side=RUS").expectBody().jsonPath("$.content[*].side").isEqualTo(List.of("RUS"));
    }

    @Test
    void filtersByKeyIssue() {
        String plant = create("/api/v1/key-issues", aKeyIssue("Nuclear plant"));
        create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        String onPlant = create("/api/v1/positions", aPosition("UKR", plant, hardestQuestions));
        get("/api/v1/positions?keyIssueId=" + plant).expectBody().jsonPath("$.content[*].id").isEqualTo(List.of(onPlant));
    }

    @Test
    void filtersByStance() {
        create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        String conditional = create("/api/v1/positions", aPosition("RUS", territory, hardestQuestions).with("stance", "CONDITIONAL"));
        get("/api/v1/positions?stance=CONDITIONAL").expectBody().jsonPath("$.content[*].id").isEqualTo(List.of(conditional));
    }

    @Test
    void filtersByTheDayThePositionWasHeld() {
        create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("asOf", "2025-11-30"));
        String december = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("asOf", "2025-12-20"));
        create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("asOf", "2026-01-05"));
        get("/api/v1/positions?from=2025-12-01&to=2025-12-31").expectBody().jsonPath("$.content[*].id").isEqualTo(List.of(december));
        get("/api/v1/positions?from=2025-12-20").expectBody().jsonPath("$.page.totalElements").isEqualTo(2);
    }

    @Test
    void refusesADateRangeEndingBeforeItBegins() {
        expectProblem(get("/api/v1/positions?from=2025-12-21&to=2025-12-20"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("to");
    }

    @Test
    void showsEachSidesCurrentStanceAndHistoryOnAKeyIssue() {
        String plant = create("/api/v1/key-issues", aKeyIssue("Nuclear plant"));
        String latest = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("asOf", "2025-12-20").with("stance", "CONDITIONAL"));
        String earliest = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("asOf", "2025-11-30"));
        String russian = create("/api/v1/positions", aPosition("RUS", territory, hardestQuestions).with("stance", "SUPPORTS"));
        create("/api/v1/positions", aPosition("USA", plant, hardestQuestions));
        get("/api/v1/key-issues/" + territory + "/positions").expectStatus().isOk().expectBody()
            .jsonPath("$.keyIssueId").isEqualTo(territory)
            .jsonPath("$.name").isEqualTo("Occupied territories")
            .jsonPath("$.sides[*].side").isEqualTo(List.of("RUS", "UKR"))
            .jsonPath("$.sides[0].current.id").isEqualTo(russian)
            .jsonPath("$.sides[0].history[*].id").isEqualTo(List.of(russian))
            .jsonPath("$.sides[1].current.id").isEqualTo(latest)
            .jsonPath("$.sides[1].current.stance").isEqualTo("CONDITIONAL")
            .jsonPath("$.sides[1].history[*].id").isEqualTo(List.of(earliest, latest))
            .jsonPath("$.sides[1].history[*].stance").isEqualTo(List.of("OPPOSES", "CONDITIONAL"));
    }

    @Test
    void ofTwoPositionsHeldOnOneDayTheOneRecordedLastIsCurrent() {
        create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        String later = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions).with("stance", "UNDECIDED"));
        get("/api/v1/key-issues/" + territory + "/positions").expectBody().jsonPath("$.sides[0].current.id").isEqualTo(later);
    }

    @Test
    void aKeyIssueWithoutPositionsHasNoSides() {
        get("/api/v1/key-issues/" + territory + "/positions").expectStatus().isOk().expectBody()
            .jsonPath("$.name").isEqualTo("Occupied territories")
            .jsonPath("$.sides").isEmpty();
    }

    @Test
    void theStancesOnAnUnknownKeyIssueAreNotFound() {
        expectProblem(get("/api/v1/key-issues/" + MISSING + "/positions"), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Key issue " + MISSING + " does not exist");
    }

    @Test
    void refusesToDeleteAStatementCitedAsEvidence() {
        create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        create("/api/v1/positions", aPosition("RUS", territory, hardestQuestions));
        expectProblem(delete("/api/v1/statements/" + hardestQuestions), 409, "still-referenced")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("2 positions citing it as evidence"));
        get("/api/v1/statements/" + hardestQuestions).expectStatus().isOk();
    }

    @Test
    void aStatementNoLongerCitedMayBeDeleted() {
        String id = create("/api/v1/positions", aPosition("UKR", territory, hardestQuestions));
        delete("/api/v1/positions/" + id).expectStatus().isNoContent();
        delete("/api/v1/statements/" + hardestQuestions).expectStatus().isNoContent();
    }

    @Test
    void refusesToDeleteAKeyIssueWithPositions() {
        String plant = create("/api/v1/key-issues", aKeyIssue("Nuclear plant"));
        create("/api/v1/positions", aPosition("UKR", plant, hardestQuestions));
        expectProblem(delete("/api/v1/key-issues/" + plant), 409, "still-referenced")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("1 position"));
    }

    private ResponseSpec patch(String id, Object body, String ifMatch) {
        var request = http.patch().uri("/api/v1/positions/" + id).contentType(MediaType.valueOf("application/merge-patch+json"));
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.body(body).exchange();
    }
}
