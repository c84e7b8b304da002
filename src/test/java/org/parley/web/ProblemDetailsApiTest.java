package org.parley.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aTalk;

/** Every kind of bad request gets an RFC 9457 problem with a stable type, never a stack trace or a 500. */
class ProblemDetailsApiTest extends ApiTest {

    @org.springframework.boot.test.web.server.LocalServerPort
    private int port;

    private String baseUri() {
        return "http://localhost:" + port;
    }

    /** Sends the body as raw text, to say what no well-behaved client would. */
    private ResponseSpec send(String method, String path, String contentType, String body) {
        var request = http.method(HttpMethod.valueOf(method)).uri(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return body == null ? request.exchange() : request.body(body).exchange();
    }

    @Test
    void malformedJsonIsABadRequest() {
        expectProblem(send("POST", "/api/v1/talks", "application/json", "{\"title\": "), 400, "malformed-json");
    }

    @Test
    void jsonOfTheWrongShapeIsInvalidInput() {
        expectProblem(send("POST", "/api/v1/talks", "application/json", "[1, 2]"), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("body")
            .jsonPath("$.errors[0].message").isEqualTo("must be an object");
    }

    @Test
    void aMissingBodyIsABadRequest() {
        expectProblem(send("POST", "/api/v1/talks", "application/json", null), 400, "unreadable-body");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        expectProblem(post("/api/v1/talks", aTalk().with("startDate", 20251220)), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("startDate");
        expectProblem(post("/api/v1/talks", aTalk().with("startDate", "20 December")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("startDate")
            .jsonPath("$.errors[0].message").isEqualTo("must be a date such as 2025-12-20");
        expectProblem(post("/api/v1/statements", Map.of("keyIssueIds", "territory")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("keyIssueIds");
    }

    @Test
    void aNonUuidInsideTheBodyNamesItsField() {
        expectProblem(post("/api/v1/statements", Map.of("keyIssueIds", List.of("territory"))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("keyIssueIds[0]")
            .jsonPath("$.errors[0].message").isEqualTo("must be a UUID");
    }

    @Test
    void anUnknownEnumValueListsTheKnownOnes() {
        expectProblem(post("/api/v1/talks", aTalk().with("format", "QUADRILATERAL")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("format")
            .jsonPath("$.errors[0].message").isEqualTo("must be one of BILATERAL, TRILATERAL, MULTILATERAL, PROXIMITY");
    }

    @Test
    void anUnknownPropertyIsRefusedSoThatTyposAreNotLostSilently() {
        expectProblem(post("/api/v1/talks", aTalk().with("startdate", "2025-12-20")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("startdate");
    }

    @Test
    void readOnlyPropertiesFromAResponseAreIgnored() {
        post("/api/v1/talks", aTalk().with("id", "x").with("version", 7).with("createdAt", "then")).expectStatus().isCreated()
            .expectBody().jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void aNonUuidInThePathIsABadRequest() {
        expectProblem(get("/api/v1/talks/miami"), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("id")
            .jsonPath("$.errors[0].message").isEqualTo("must be a UUID");
    }

    @Test
    void datesOutsideTheCalendarAreRefused() {
        expectProblem(post("/api/v1/talks", aTalk().with("startDate", "0000-01-01")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("startDate");
        expectProblem(post("/api/v1/talks", aTalk().with("endDate", "+10000-01-01")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("endDate");
        expectProblem(get("/api/v1/talks?from=-999999999-01-01"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("from");
    }

    @Test
    void aValueTheDatabaseCannotHoldIsInvalidInput() {
        expectProblem(http.get().uri(uri -> uri.path("/api/v1/talks").queryParam("country", "a\u0000b").build()).exchange(), 400,
            "invalid-input");
        expectProblem(post("/api/v1/key-issues", Map.of("name", "a\u0000b", "category", "TERRITORY")), 400, "invalid-input");
    }

    @Test
    void scalarsAreNotCoercedIntoOtherTypes() {
        expectProblem(post("/api/v1/talks", aTalk().with("title", 12)), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("title");
        expectProblem(post("/api/v1/statements", Map.of("quote", "true")), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("quote");
    }

    @Test
    void yamlIsNotAcceptedForJson() {
        expectProblem(send("POST", "/api/v1/key-issues", "application/yaml", "name: Territory\ncategory: TERRITORY\n"), 415,
            "unsupported-media-type");
    }

    @Test
    void aParameterGivenTwiceIsRefused() {
        expectProblem(get("/api/v1/talks?size=1&size=500"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("size");
        expectProblem(get("/api/v1/talks?from=2025-01-01&from=2025-02-01"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("from");
        expectProblem(get("/api/v1/statements?speaker=a&speaker=b"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("speaker");
    }

    @Test
    void anAbbreviatedUuidIsNoUuid() {
        expectProblem(get("/api/v1/talks/1-1-1-1-1"), 400, "invalid-input").jsonPath("$.errors[0].message").isEqualTo("must be a UUID");
        expectProblem(get("/api/v1/talks?delegationId=1-1-1-1-1"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("delegationId");
    }

    @Test
    void aProblemListsAtMostAHundredFieldErrors() {
        List<Map<String, Object>> nameless = java.util.stream.IntStream.range(0, 150).mapToObj(i -> Map.<String, Object>of("fullName", " ")).toList();
        expectProblem(post("/api/v1/delegations", org.parley.Fixtures.aDelegation().with("members", nameless)), 400, "invalid-input")
            .jsonPath("$.errors.length()").isEqualTo(100);
    }

    @Test
    void theLocationOfANewResourceIsItsOwnAddress() {
        var created = post("/api/v1/talks", aTalk()).expectStatus().isCreated().returnResult(Map.class);
        assertThat(created.getResponseHeaders().getLocation()).hasPath("/api/v1/talks/" + created.getResponseBody().get("id")).hasNoQuery();
    }

    @Test
    void aQueryParameterTheOperationDoesNotTakeIsRefusedNamingTheOnesItTakes() {
        expectProblem(get("/api/v1/statements?keyissueid=22222222-0000-7000-8000-000000000002"), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("keyissueid")
            .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("keyIssueId", "speaker", "page"));
        expectProblem(get("/api/v1/statements?search=truce"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("search");
        expectProblem(post("/api/v1/talks?size=5", aTalk()), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("size");
        expectProblem(get("/api/v1/talks/33333333-0000-7000-8000-000000000001?verbose=true"), 400, "invalid-input")
            .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("takes none"));
    }

    @Test
    void aBlankFilterIsRefusedRatherThanReadAsNoFilter() {
        expectProblem(get("/api/v1/statements?delegationId="), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("delegationId");
        expectProblem(http.get().uri(uri -> uri.path("/api/v1/talks").queryParam("country", " ").build()).exchange(), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("country");
        expectProblem(get("/api/v1/talks?page="), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("page");
    }

    @Test
    void aMalformedPercentEscapeInTheQueryIsABadRequest() throws java.io.IOException {
        RawHttp.Response response = RawHttp.get(port, "/api/v1/statements?speaker=%");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"/problems/invalid-input\"", "\"field\":\"speaker\"", "percent-escape");
        assertThat(RawHttp.get(port, "/api/v1/statements?x=%ZZ").body()).contains("\"type\":\"/problems/invalid-input\"");
    }

    @Test
    void aQueryThatIsNotUtf8IsABadRequest() throws java.io.IOException {
        assertThat(RawHttp.get(port, "/api/v1/statements?speaker=%ED%A0%80").body())
            .contains("\"type\":\"/problems/invalid-input\"", "\"field\":\"speaker\"", "UTF-8");
        assertThat(RawHttp.get(port, "/api/v1/statements?speaker=%FF").body()).contains("\"type\":\"/problems/invalid-input\"");
    }

    @Test
    void textWithHalfASurrogatePairIsRefusedNotStoredAsSomethingElse() {
        expectProblem(send("POST", "/api/v1/key-issues", "application/json", "{\"name\": \"sur\\ud800x\", \"category\": \"TERRITORY\"}"),
            400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("name")
            .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("surrogate"));
        expectProblem(send("POST", "/api/v1/statements", "application/json", "{\"sources\": [{\"outlet\": \"\\udc00\"}]}"),
            400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("sources[0].outlet");
        get("/api/v1/key-issues").expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void aWholeSurrogatePairIsKept() {
        post("/api/v1/key-issues", Map.of("name", "Peace \uD83D\uDD4A", "category", "POLITICAL")).expectStatus().isCreated()
            .expectBody().jsonPath("$.name").isEqualTo("Peace \uD83D\uDD4A");
    }

    @Test
    void aPropertyGivenTwiceIsRefusedRatherThanTheLastOneWinning() {
        expectProblem(send("POST", "/api/v1/key-issues", "application/json", "{\"name\": \"a\", \"name\": \"b\", \"category\": \"TERRITORY\"}"),
            400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("name")
            .jsonPath("$.errors[0].message").value(message -> assertThat((String) message).contains("twice"));
    }

    @Test
    void jsonErrorsAreToldInTheUsersWordsNotTheLibrarys() {
        expectProblem(send("POST", "/api/v1/talks", "application/json", "{\"title\": NaN}"), 400, "malformed-json")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("line 1").doesNotContain("Feature", "`"));
        String talk = create("/api/v1/talks", aTalk());
        expectProblem(http.patch().uri("/api/v1/talks/" + talk).header("If-Match", "*").contentType(MediaType.valueOf("application/merge-patch+json"))
            .body("{\"title\": " + "[".repeat(1200) + "]".repeat(1200) + "}").exchange(), 400, "malformed-json")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("StreamReadConstraints", "`"));
    }

    @Test
    void anUnknownPathIsNotFoundInPlainWords() {
        expectProblem(get("/api/v1/negotiations"), 404, "not-found")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("/api/v1/negotiations").doesNotContain("static"));
    }

    @Test
    void aFormIsAnUnsupportedMediaTypeEvenWithAStrayPercentSign() {
        String talk = create("/api/v1/talks", aTalk());
        expectProblem(send("POST", "/api/v1/talks", MediaType.APPLICATION_FORM_URLENCODED_VALUE, "title=50%25&city=%zz"), 415,
            "unsupported-media-type");
        expectProblem(http.put().uri("/api/v1/talks/" + talk).header("If-Match", "*").header("Content-Type",
            MediaType.APPLICATION_FORM_URLENCODED_VALUE).body("{\"note\": \"50% agreed\"}").exchange(), 415, "unsupported-media-type")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).endsWith("takes application/json"));
    }

    @Test
    void aContentTypeThatIsNoMediaTypeIsNamedAsSuch() throws java.io.IOException {
        RawHttp.Response response = RawHttp.send(port, "POST /api/v1/talks HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN_TOKEN + "\r\nContent-Type: ;;\r\n"
            + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
        assertThat(response.status()).isEqualTo(415);
        assertThat(response.body()).contains("\"type\":\"/problems/unsupported-media-type\"", "';;' is no media type");
    }

    @Test
    void anUnsupportedMediaTypeNamesTheOneTheOperationTakes() {
        expectProblem(send("POST", "/api/v1/talks", MediaType.TEXT_PLAIN_VALUE, "Miami"), 415, "unsupported-media-type")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("application/json"));
        expectProblem(send("PATCH", "/api/v1/key-issues/22222222-0000-7000-8000-000000000001", "application/json", "{}"), 415,
            "unsupported-media-type")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("application/merge-patch+json"));
    }

    @Test
    void anUnsupportedMethodIsNotAllowed() {
        expectProblem(send("PATCH", "/api/v1/key-issues", "application/json", "{}"), 405, "method-not-allowed")
            .jsonPath("$.instance").isEqualTo("/api/v1/key-issues");
    }

    @Test
    void aMethodRefusedBeforeSpringIsStillAProblem() {
        expectProblem(send("TRACE", "/api/v1/talks", null, null), 405, "method-not-allowed")
            .jsonPath("$.requestId").isNotEmpty();
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        expectProblem(send("POST", "/api/v1/talks", MediaType.TEXT_PLAIN_VALUE, "Miami"), 415, "unsupported-media-type");
    }

    @Test
    void validationProblemsListEveryField() {
        expectProblem(post("/api/v1/talks", aTalk().with("title", "").with("city", " ").with("format", null)), 400, "invalid-input")
            .jsonPath("$.errors.length()").isEqualTo(3)
            .jsonPath("$.detail").value(d -> assertThat((String) d).contains("3 fields"));
    }
}
