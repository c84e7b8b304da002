package org.parley.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aTalk;

/** Every kind of bad request gets an RFC 9457 problem with a stable type, never a stack trace or a 500. */
class ProblemDetailsApiTest extends ApiTest {

    private ResponseSpecAdapter send(String method, String path, String contentType, String body) {
        var request = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return new ResponseSpecAdapter(body == null ? request.exchange() : request.body(body).exchange());
    }

    private record ResponseSpecAdapter(org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec spec) {
    }

    @Test
    void malformedJsonIsABadRequest() {
        expectProblem(send("POST", "/api/v1/talks", "application/json", "{\"title\": ").spec(), 400, "malformed-json");
    }

    @Test
    void aMissingBodyIsABadRequest() {
        expectProblem(send("POST", "/api/v1/talks", "application/json", null).spec(), 400, "unreadable-body");
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
        expectProblem(post("/api/v1/statements", Map.of("keyIssueIds", java.util.List.of("territory"))), 400, "invalid-input")
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
    void anUnsupportedMethodIsNotAllowed() {
        expectProblem(send("PATCH", "/api/v1/key-issues", "application/json", "{}").spec(), 405, "method-not-allowed")
            .jsonPath("$.instance").isEqualTo("/api/v1/key-issues");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        expectProblem(send("POST", "/api/v1/talks", MediaType.TEXT_PLAIN_VALUE, "Miami").spec(), 415, "unsupported-media-type");
    }

    @Test
    void anUnknownPathIsNotFound() {
        expectProblem(get("/api/v1/negotiations"), 404, "not-found");
    }

    @Test
    void validationProblemsListEveryField() {
        expectProblem(post("/api/v1/talks", aTalk().with("title", "").with("city", null).with("format", null)), 400, "invalid-input")
            .jsonPath("$.errors.length()").isEqualTo(3)
            .jsonPath("$.detail").value(d -> assertThat((String) d).contains("3 fields"));
    }
}
