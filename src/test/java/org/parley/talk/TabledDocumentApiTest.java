package org.parley.talk;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDocument;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.aVersion;
import static org.parley.Fixtures.tabled;

/** What was on the table at a round: documents tabled at a talk, with the version discussed. */
class TabledDocumentApiTest extends ApiTest {

    private static final String MISSING = "00000000-0000-0000-0000-000000000000";

    private String talk;

    private String plan;

    private String planVersion;

    private void aRoundAndAPlan() {
        talk = create("/api/v1/talks", aTalk());
        plan = create("/api/v1/documents", aDocument("20-point peace plan").status("UNDER_DISCUSSION"));
        planVersion = create("/api/v1/documents/" + plan + "/versions", aVersion("20-point plan"));
    }

    private String table(String documentId) {
        return "/api/v1/talks/" + talk + "/documents/" + documentId;
    }

    private ResponseSpec putIfMatch(String path, Object body, String ifMatch) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, ifMatch).body(body).exchange();
    }

    @Test
    void tablesADocumentWithTheVersionDiscussed() {
        aRoundAndAPlan();
        put(table(plan), tabled(planVersion))
            .expectStatus().isCreated()
            .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
            .expectBody()
            .jsonPath("$.documentId").isEqualTo(plan)
            .jsonPath("$.title").isEqualTo("20-point peace plan")
            .jsonPath("$.kind").isEqualTo("PEACE_PLAN")
            .jsonPath("$.status").isEqualTo("UNDER_DISCUSSION")
            .jsonPath("$.versionId").isEqualTo(planVersion)
            .jsonPath("$.versionLabel").isEqualTo("20-point plan")
            .jsonPath("$.note").isEqualTo("One of four documents discussed with Kyiv");
    }

    @Test
    void tablesADocumentWithoutAVersion() {
        aRoundAndAPlan();
        put(table(plan), Map.of()).expectStatus().isCreated().expectBody()
            .jsonPath("$.versionId").isEmpty()
            .jsonPath("$.versionLabel").isEmpty()
            .jsonPath("$.note").isEmpty();
        get(table(plan)).expectStatus().isOk().expectBody().jsonPath("$.title").isEqualTo("20-point peace plan");
    }

    @Test
    void theLocationOfANewlyTabledDocumentServesIt() {
        aRoundAndAPlan();
        var created = put(table(plan), tabled(planVersion)).expectStatus().isCreated().returnResult();
        http.get().uri(created.getResponseHeaders().getLocation()).exchange().expectStatus().isOk()
            .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
            .expectBody().jsonPath("$.versionLabel").isEqualTo("20-point plan");
    }

    @Test
    void tablingADocumentAgainUpdatesItWith200() {
        aRoundAndAPlan();
        put(table(plan), tabled(null)).expectStatus().isCreated();
        put(table(plan), tabled(planVersion).with("note", "Revised with Kyiv")).expectStatus().isOk().expectBody()
            .jsonPath("$.versionLabel").isEqualTo("20-point plan")
            .jsonPath("$.note").isEqualTo("Revised with Kyiv");
        get("/api/v1/talks/" + talk + "/documents").expectBody()
            .jsonPath("$.length()").isEqualTo(1)
            .jsonPath("$[0].note").isEqualTo("Revised with Kyiv");
    }

    @Test
    void tablingADocumentAsItIsSucceedsWhateverIfMatchSays() {
        aRoundAndAPlan();
        put(table(plan), tabled(planVersion)).expectStatus().isCreated();
        put("/api/v1/talks/" + talk, aTalk().with("title", "Miami, day two")).expectStatus().isOk();
        putIfMatch(table(plan), tabled(planVersion), "\"0\"").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
        get("/api/v1/talks/" + talk).expectBody().jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void tablingMovesTheTalksVersionWhichIsTheETagOfTheTable() {
        aRoundAndAPlan();
        putIfMatch(table(plan), tabled(planVersion), "\"0\"").expectStatus().isCreated();
        get("/api/v1/talks/" + talk).expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        get("/api/v1/talks/" + talk + "/documents").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        http.get().uri("/api/v1/talks/" + talk + "/documents").header(HttpHeaders.IF_NONE_MATCH, "\"1\"").exchange()
            .expectStatus().isNotModified().expectBody().isEmpty();
    }

    @Test
    void aTalksOwnBodyDoesNotListItsDocuments() {
        aRoundAndAPlan();
        put(table(plan), tabled(planVersion)).expectStatus().isCreated();
        get("/api/v1/talks/" + talk).expectBody().jsonPath("$.documents").doesNotExist();
    }

    @Test
    void listsTheDocumentsOfARoundByTitle() {
        aRoundAndAPlan();
        String usPlan = create("/api/v1/documents", aDocument("US 28-point peace plan"));
        String guarantees = create("/api/v1/documents", aDocument("Security guarantees framework").with("kind", "SECURITY_GUARANTEES"));
        put(table(usPlan), tabled(null)).expectStatus().isCreated();
        put(table(plan), tabled(planVersion)).expectStatus().isCreated();
        put(table(guarantees), tabled(null)).expectStatus().isCreated();
        get("/api/v1/talks/" + talk + "/documents").expectStatus().isOk().expectBody()
            .jsonPath("$[*].title").isEqualTo(List.of("20-point peace plan", "Security guarantees framework", "US 28-point peace plan"))
            .jsonPath("$[0].versionLabel").isEqualTo("20-point plan")
            .jsonPath("$[1].kind").isEqualTo("SECURITY_GUARANTEES")
            .jsonPath("$[2].versionId").isEmpty();
    }

    @Test
    void aRoundWithNothingTabledListsNothing() {
        talk = create("/api/v1/talks", aTalk());
        get("/api/v1/talks/" + talk + "/documents").expectStatus().isOk().expectBody().json("[]");
    }

    @Test
    void aBodyReadBackCanBePutAgain() {
        aRoundAndAPlan();
        put(table(plan), tabled(planVersion)).expectStatus().isCreated();
        byte[] read = get(table(plan)).expectBody().returnResult().getResponseBody();
        http.put().uri(table(plan)).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"1\"").body(read).exchange()
            .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
    }

    @Test
    void tablingAnUnknownDocumentIsNotFound() {
        aRoundAndAPlan();
        expectProblem(put(table(MISSING), tabled(null)), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Document " + MISSING + " does not exist");
    }

    @Test
    void aVersionOfAnotherDocumentIsNotFound() {
        aRoundAndAPlan();
        String usPlan = create("/api/v1/documents", aDocument("US 28-point peace plan"));
        String usVersion = create("/api/v1/documents/" + usPlan + "/versions", aVersion("28-point plan"));
        expectProblem(put(table(plan), tabled(usVersion)), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Version %s of document %s does not exist".formatted(usVersion, plan));
        get("/api/v1/talks/" + talk + "/documents").expectBody().json("[]");
    }

    @Test
    void anUnknownVersionIsNotFound() {
        aRoundAndAPlan();
        expectProblem(put(table(plan), tabled(MISSING)), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Version %s of document %s does not exist".formatted(MISSING, plan));
    }

    @Test
    void theTableOfAnUnknownTalkIsNotFound() {
        aRoundAndAPlan();
        String missing = "/api/v1/talks/" + MISSING + "/documents";
        expectProblem(get(missing), 404, "not-found").jsonPath("$.detail").isEqualTo("Talk " + MISSING + " does not exist");
        expectProblem(put(missing + "/" + plan, tabled(planVersion)), 404, "not-found");
        expectProblem(get(missing + "/" + plan), 404, "not-found");
        expectProblem(delete(missing + "/" + plan), 404, "not-found");
    }

    @Test
    void aDocumentNotTabledIsNotFoundAtTheRound() {
        aRoundAndAPlan();
        expectProblem(get(table(plan)), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Tabled document of talk %s %s does not exist".formatted(talk, plan));
    }

    @Test
    void aRoundListsAtMost50Documents() {
        talk = create("/api/v1/talks", aTalk());
        for (int i = 0; i < Talk.MAX_TABLED_DOCUMENTS; i++) {
            put(table(create("/api/v1/documents", aDocument("Paper " + i))), tabled(null)).expectStatus().isCreated();
        }
        String oneTooMany = create("/api/v1/documents", aDocument("One paper too many"));
        expectProblem(put(table(oneTooMany), tabled(null)), 409, "tabled-documents-full")
            .jsonPath("$.detail").isEqualTo("Talk %s already lists 50 documents on its table, as many as it can".formatted(talk));
        get("/api/v1/talks/" + talk + "/documents").expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(Talk.MAX_TABLED_DOCUMENTS);
    }

    @Test
    void aNoteHoldsAtMost4000Characters() {
        aRoundAndAPlan();
        expectProblem(put(table(plan), tabled(null).with("note", "x".repeat(4001))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("note");
    }

    @Test
    void writesWithoutIfMatchAreRefused() {
        aRoundAndAPlan();
        expectProblem(http.put().uri(table(plan)).contentType(MediaType.APPLICATION_JSON).body(tabled(null)).exchange(), 428,
            "precondition-required");
        put(table(plan), tabled(null)).expectStatus().isCreated();
        expectProblem(http.delete().uri(table(plan)).exchange(), 428, "precondition-required");
    }

    @Test
    void writesAgainstAStaleETagAreRefused() {
        aRoundAndAPlan();
        putIfMatch(table(plan), tabled(null), "\"0\"").expectStatus().isCreated();
        expectProblem(putIfMatch(table(plan), tabled(planVersion), "\"0\""), 412, "precondition-failed");
        expectProblem(http.delete().uri(table(plan)).header(HttpHeaders.IF_MATCH, "\"0\"").exchange(), 412, "precondition-failed");
        get(table(plan)).expectBody().jsonPath("$.versionId").isEmpty();
    }

    @Test
    void takesADocumentOffTheTable() {
        aRoundAndAPlan();
        put(table(plan), tabled(planVersion)).expectStatus().isCreated();
        http.delete().uri(table(plan)).header(HttpHeaders.IF_MATCH, "\"1\"").exchange().expectStatus().isNoContent();
        expectProblem(get(table(plan)), 404, "not-found");
        get("/api/v1/talks/" + talk + "/documents").expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"").expectBody().json("[]");
    }

    @Test
    void takingOffADocumentNotTabledIsNotFound() {
        aRoundAndAPlan();
        expectProblem(delete(table(plan)), 404, "not-found");
    }

    @Test
    void aDocumentTabledAtARoundIsNotDeleted() {
        aRoundAndAPlan();
        put(table(plan), tabled(planVersion)).expectStatus().isCreated();
        expectProblem(delete("/api/v1/documents/" + plan), 409, "still-referenced")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("1 talk it was tabled at"));
        delete(table(plan)).expectStatus().isNoContent();
        delete("/api/v1/documents/" + plan).expectStatus().isNoContent();
    }

    @Test
    void deletingATalkDeletesItsTable() {
        aRoundAndAPlan();
        put(table(plan), tabled(planVersion)).expectStatus().isCreated();
        delete("/api/v1/talks/" + talk).expectStatus().isNoContent();
        delete("/api/v1/documents/" + plan).expectStatus().isNoContent();
    }
}
