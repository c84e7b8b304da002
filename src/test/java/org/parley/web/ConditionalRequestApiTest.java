package org.parley.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aDocument;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aMember;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.agendaStatus;
import static org.parley.Fixtures.role;

/** ETags on every single resource, 304 for an unchanged one, and 412 for a write based on a stale read. */
class ConditionalRequestApiTest extends ApiTest {

    /** Each resource with a valid body, and a merge patch that changes it. */
    static Stream<Arguments> resources() {
        return Stream.of(
            Arguments.of("/api/v1/talks", aTalk(), Map.of("title", "Miami, day two")),
            Arguments.of("/api/v1/delegations", aDelegation(), Map.of("name", "Russian negotiators")),
            Arguments.of("/api/v1/key-issues", aKeyIssue("Territory"), Map.of("description", "The line of contact")),
            Arguments.of("/api/v1/statements", aStatement(), Map.of("kind", "CLAIM")),
            Arguments.of("/api/v1/documents", aDocument("US 28-point peace plan"), Map.of("status", "PROPOSED")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void createReadReplaceAndPatchAnswerTheVersionAsETag(String path, Object body, Map<String, Object> patch) {
        Map<?, ?> created = post(path, body).expectStatus().isCreated()
            .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
            .returnResult(Map.class).getResponseBody();
        String id = (String) created.get("id");
        get(path + "/" + id).expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
        put(path + "/" + id, body).expectStatus().isOk().expectHeader().exists(HttpHeaders.ETAG);
        patch(path + "/" + id, patch, "*").expectStatus().isOk().expectHeader().exists(HttpHeaders.ETAG);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void aReadOfAnUnchangedResourceIsNotModified(String path, Object body, Map<String, Object> patch) {
        String id = create(path, body);
        http.get().uri(path + "/" + id).header(HttpHeaders.IF_NONE_MATCH, "\"0\"").exchange()
            .expectStatus().isNotModified()
            .expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"")
            .expectBody().isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void aReadOfAChangedResourceSendsItAgain(String path, Object body, Map<String, Object> patch) {
        String id = create(path, body);
        patch(path + "/" + id, patch, "*").expectStatus().isOk();
        http.get().uri(path + "/" + id).header(HttpHeaders.IF_NONE_MATCH, "\"0\"").exchange()
            .expectStatus().isOk()
            .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void aReplacementBasedOnAStaleReadIsRefused(String path, Object body, Map<String, Object> patch) {
        String id = create(path, body);
        patch(path + "/" + id, patch, "*").expectStatus().isOk();
        expectProblem(http.put().uri(path + "/" + id).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"0\"")
            .body(body).exchange(), 412, "precondition-failed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void aPatchBasedOnAStaleReadIsRefusedAndChangesNothing(String path, Object body, Map<String, Object> patch) {
        String id = create(path, body);
        patch(path + "/" + id, patch, "*").expectStatus().isOk();
        expectProblem(patch(path + "/" + id, Map.of(), "\"0\""), 412, "precondition-failed");
        get(path + "/" + id).expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void aDeletionBasedOnAStaleReadIsRefused(String path, Object body, Map<String, Object> patch) {
        String id = create(path, body);
        patch(path + "/" + id, patch, "*").expectStatus().isOk();
        expectProblem(http.delete().uri(path + "/" + id).header(HttpHeaders.IF_MATCH, "\"0\"").exchange(), 412, "precondition-failed");
        get(path + "/" + id).expectStatus().isOk();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void writesWithTheCurrentETagOrAStarGoAhead(String path, Object body, Map<String, Object> patch) {
        String id = create(path, body);
        patch(path + "/" + id, patch, "\"0\"").expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        patch(path + "/" + id, patch, "\"7\", \"1\"").expectStatus().isOk();
        http.delete().uri(path + "/" + id).header(HttpHeaders.IF_MATCH, "*").exchange().expectStatus().isNoContent();
    }

    @Test
    void onlyTheExactTagMatches() {
        String id = create("/api/v1/key-issues", aKeyIssue("Territory"));
        expectProblem(patch("/api/v1/key-issues/" + id, Map.of(), "\"00\""), 412, "precondition-failed");
        expectProblem(patch("/api/v1/key-issues/" + id, Map.of(), "\"+0\""), 412, "precondition-failed");
    }

    @Test
    void writesThatChangeNothingKeepTheVersion() {
        String talk = create("/api/v1/talks", aTalk());
        String delegation = create("/api/v1/delegations", aDelegation().withMember(aMember("Kirill Dmitriev")));
        put("/api/v1/talks/" + talk + "/participants/" + delegation, role("PARTY")).expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        put("/api/v1/talks/" + talk + "/participants/" + delegation, role("PARTY")).expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        patch("/api/v1/delegations/" + delegation, Map.of(), "*").expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
        String statement = create("/api/v1/statements", aStatement());
        patch("/api/v1/statements/" + statement, Map.of(), "*").expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
        Map<?, ?> member = post("/api/v1/delegations/" + delegation + "/members", aMember("Yuri Ushakov")).returnResult(Map.class).getResponseBody();
        put("/api/v1/delegations/" + delegation + "/members/" + member.get("id"), aMember("Yuri Ushakov"))
            .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
    }

    @Test
    void aWeakETagNeverMatchesAWrite() {
        String id = create("/api/v1/key-issues", aKeyIssue("Territory"));
        expectProblem(patch("/api/v1/key-issues/" + id, Map.of(), "W/\"0\""), 412, "precondition-failed");
    }

    @Test
    void anIfMatchThatIsNoListOfETagsIsInvalidInput() {
        String id = create("/api/v1/key-issues", aKeyIssue("Territory"));
        for (String garbled : List.of("0", "zero", "\"0", "\"0\" \"1\"", "\"0\", 1", "")) {
            expectProblem(patch("/api/v1/key-issues/" + id, Map.of(), garbled), 400, "invalid-input")
                .jsonPath("$.errors[0].field").isEqualTo("If-Match")
                .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("\"3\""));
        }
        get("/api/v1/key-issues/" + id).expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"");
    }

    @Test
    void aStaleETagIsRefusedNamingTheResourceAndBothVersions() {
        String id = create("/api/v1/talks", aTalk());
        patch("/api/v1/talks/" + id, Map.of("title", "Miami, day two"), "\"0\"").expectStatus().isOk();
        expectProblem(patch("/api/v1/talks/" + id, Map.of("title", "Miami, day three"), "\"0\""), 412, "precondition-failed")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("Talk " + id + " is at version 1, not 0"));
    }

    static Stream<Arguments> overwritingRequests() {
        return Stream.of(
            Arguments.of("PUT", "/api/v1/talks/{id}"), Arguments.of("PATCH", "/api/v1/talks/{id}"), Arguments.of("DELETE", "/api/v1/talks/{id}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overwritingRequests")
    void aWriteWithoutIfMatchIsRefusedAsPreconditionRequired(String method, String path) {
        String id = create("/api/v1/talks", aTalk());
        var request = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path, id);
        if (!method.equals("DELETE")) {
            request.contentType(MediaType.valueOf(method.equals("PATCH") ? "application/merge-patch+json" : "application/json"))
                .body(method.equals("PATCH") ? Map.of("title", "Unseen") : aTalk().with("title", "Unseen"));
        }
        expectProblem(request.exchange(), 428, "precondition-required")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("If-Match"));
        get("/api/v1/talks/" + id).expectBody().jsonPath("$.title").isEqualTo("Miami consultations");
    }

    @Test
    void everyPartOfARoundOrDelegationNeedsIfMatchToChange() {
        String talk = create("/api/v1/talks", aTalk());
        String delegation = create("/api/v1/delegations", aDelegation());
        String issue = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String member = create("/api/v1/delegations/" + delegation + "/members", aMember("Kirill Dmitriev"));
        expectProblem(http.put().uri("/api/v1/talks/" + talk + "/participants/" + delegation).contentType(MediaType.APPLICATION_JSON)
            .body(role("PARTY")).exchange(), 428, "precondition-required");
        expectProblem(http.put().uri("/api/v1/talks/" + talk + "/agenda/" + issue).contentType(MediaType.APPLICATION_JSON)
            .body(agendaStatus("RAISED")).exchange(), 428, "precondition-required");
        expectProblem(http.put().uri("/api/v1/delegations/" + delegation + "/members/" + member).contentType(MediaType.APPLICATION_JSON)
            .body(aMember("Kirill Dmitriev")).exchange(), 428, "precondition-required");
        expectProblem(http.delete().uri("/api/v1/delegations/" + delegation + "/members/" + member).exchange(), 428, "precondition-required");
    }

    @Test
    void addingAMemberMayGoWithoutIfMatch() {
        String delegation = create("/api/v1/delegations", aDelegation());
        post("/api/v1/delegations/" + delegation + "/members", aMember("Kirill Dmitriev")).expectStatus().isCreated();
    }

    /** Participants and agenda items belong to a round: their writes are checked against the round's ETag. */
    static Stream<Arguments> roundParts() {
        return Stream.of(
            Arguments.of("participant", "/participants/", (Function<ConditionalRequestApiTest, String>) t -> t.create("/api/v1/delegations", aDelegation()),
                role("PARTY"), role("OBSERVER")),
            Arguments.of("agenda item", "/agenda/", (Function<ConditionalRequestApiTest, String>) t -> t.create("/api/v1/key-issues", aKeyIssue("Territory")),
                agendaStatus("RAISED"), agendaStatus("DISCUSSED")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roundParts")
    void aChangeToARoundsPartsNeedsTheRoundsCurrentETag(String name, String part, Function<ConditionalRequestApiTest, String> makeTarget,
                                                        Map<String, Object> body, Map<String, Object> changed) {
        String talk = create("/api/v1/talks", aTalk());
        String target = makeTarget.apply(this);
        putPart("/api/v1/talks/" + talk + part + target, body, "\"0\"").expectStatus().isCreated();
        expectProblem(putPart("/api/v1/talks/" + talk + part + target, changed, "\"0\""), 412, "precondition-failed");
        expectProblem(http.delete().uri("/api/v1/talks/" + talk + part + target).header(HttpHeaders.IF_MATCH, "\"0\"").exchange(),
            412, "precondition-failed");
        http.delete().uri("/api/v1/talks/" + talk + part + target).header(HttpHeaders.IF_MATCH, "\"1\"").exchange().expectStatus().isNoContent();
    }

    /** RFC 9110, 13.1.1: a change already reflected in the resource may succeed even though If-Match no longer holds. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("roundParts")
    void puttingARoundsPartAsItAlreadyIsSucceedsWithAStaleETag(String name, String part,
                                                              Function<ConditionalRequestApiTest, String> makeTarget,
                                                              Map<String, Object> body, Map<String, Object> changed) {
        String talk = create("/api/v1/talks", aTalk());
        String target = makeTarget.apply(this);
        putPart("/api/v1/talks/" + talk + part + target, body, "\"0\"").expectStatus().isCreated();
        putPart("/api/v1/talks/" + talk + part + target, body, "\"0\"").expectStatus().isOk()
            .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
    }

    private ResponseSpec putPart(String path, Map<String, Object> body, String ifMatch) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, ifMatch).body(body).exchange();
    }

    @Test
    void aChangeToADelegationsMembersNeedsTheDelegationsCurrentETag() {
        String delegation = create("/api/v1/delegations", aDelegation());
        String member = create("/api/v1/delegations/" + delegation + "/members", aMember("Kirill Dmitriev"));
        expectProblem(http.post().uri("/api/v1/delegations/" + delegation + "/members").contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.IF_MATCH, "\"0\"").body(aMember("Yuri Ushakov")).exchange(), 412, "precondition-failed");
        expectProblem(http.put().uri("/api/v1/delegations/" + delegation + "/members/" + member).contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.IF_MATCH, "\"0\"").body(aMember("Kirill Dmitriev")).exchange(), 412, "precondition-failed");
        expectProblem(http.delete().uri("/api/v1/delegations/" + delegation + "/members/" + member).header(HttpHeaders.IF_MATCH, "\"0\"")
            .exchange(), 412, "precondition-failed");
        http.delete().uri("/api/v1/delegations/" + delegation + "/members/" + member).header(HttpHeaders.IF_MATCH, "\"1\"").exchange()
            .expectStatus().isNoContent();
    }

    @Test
    void aPartOfARoundOrDelegationCarriesItsOwnersETag() {
        String talk = create("/api/v1/talks", aTalk());
        String delegation = create("/api/v1/delegations", aDelegation());
        put("/api/v1/talks/" + talk + "/participants/" + delegation, role("PARTY")).expectStatus().isCreated()
            .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        String member = create("/api/v1/delegations/" + delegation + "/members", aMember("Kirill Dmitriev"));
        get("/api/v1/delegations/" + delegation + "/members/" + member).expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"");
        http.get().uri("/api/v1/delegations/" + delegation + "/members/" + member).header(HttpHeaders.IF_NONE_MATCH, "\"1\"").exchange()
            .expectStatus().isNotModified();
        http.put().uri("/api/v1/delegations/" + delegation + "/members/" + member).contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.IF_MATCH, "\"1\"").body(aMember("Kirill Dmitriev").with("head", true)).exchange()
            .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"2\"");
    }

    private ResponseSpec patch(String path, Object body, String ifMatch) {
        var request = http.patch().uri(path).contentType(MediaType.valueOf("application/merge-patch+json"));
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return request.body(body).exchange();
    }
}
