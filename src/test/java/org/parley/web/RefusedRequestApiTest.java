package org.parley.web;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server refuses before Parley's own code runs, sent as raw HTTP because no client library
 * would send it: every answer is still a problem with a request id, never Tomcat's HTML page.
 */
class RefusedRequestApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/talks/%zz", "/api/v1/talks/%00", "/api/v1/talks/..%2f..%2fetc", "/api/v1/talks/%ED%A0%80" })
    void aPathTheServerCannotReadIsABadRequestProblem(String path) throws IOException {
        JsonNode problem = expectProblem(RawHttp.get(port, path), 400, "bad-request");
        assertThat(problem.get("detail").asString()).contains("path");
    }

    @Test
    void anOverlongRequestLineIsAProblem() throws IOException {
        RawHttp.Response response = RawHttp.get(port, "/api/v1/talks?country=" + "a".repeat(10_000));
        assertThat(response.status()).isIn(400, 414);
        expectProblem(response, response.status(), response.status() == 414 ? "uri-too-long" : "bad-request");
    }

    @Test
    void tooManyHeadersAreAProblem() throws IOException {
        String[] headers = new String[150];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = "X-Filler-" + i + ": " + i;
        }
        RawHttp.Response response = RawHttp.get(port, "/api/v1/talks", headers);
        assertThat(response.status()).isIn(400, 431);
        expectProblem(response, response.status(), response.status() == 431 ? "request-header-fields-too-large" : "bad-request");
    }

    @Test
    void connectIsNotImplemented() throws IOException {
        expectProblem(RawHttp.send(port, "CONNECT localhost:443 HTTP/1.1\r\nHost: localhost:443\r\nConnection: close\r\n\r\n"), 501,
            "not-implemented");
    }

    @Test
    void tooManyQueryParametersAreInvalidInput() throws IOException {
        StringBuilder query = new StringBuilder("?");
        for (int i = 0; i < 1100; i++) {
            query.append("p").append(i).append("=1&");
        }
        JsonNode problem = expectProblem(RawHttp.get(port, "/api/v1/talks" + query), 400, "invalid-input");
        assertThat(problem.at("/errors/0/field").asString()).isEqualTo("query");
    }

    @Test
    void anUnparseableAcceptHeaderStillGetsAProblem() throws IOException {
        JsonNode problem = expectProblem(RawHttp.get(port, "/api/v1/talks", "Accept: ;;;"), 406, "not-acceptable");
        assertThat(problem.get("detail").asString()).contains("Accept");
    }

    @Test
    void aTypeTheOperationCannotAnswerInIsNotAcceptable() throws IOException {
        JsonNode problem = expectProblem(RawHttp.get(port, "/api/v1/talks", "Accept: application/xml"), 406, "not-acceptable");
        assertThat(problem.get("detail").asString()).contains("application/json");
        // key issues are no export: a list that is not one cannot answer CSV
        expectProblem(RawHttp.get(port, "/api/v1/key-issues", "Accept: text/csv"), 406, "not-acceptable");
    }

    @Test
    void theCallersRequestIdIsKeptEvenWhenTheServerRefuses() throws IOException {
        RawHttp.Response response = RawHttp.get(port, "/api/v1/talks/%zz", "X-Request-Id: desk-42");
        assertThat(response.header("X-Request-Id")).isEqualTo("desk-42");
        assertThat(expectProblem(response, 400, "bad-request").get("requestId").asString()).isEqualTo("desk-42");
    }

    private static JsonNode expectProblem(RawHttp.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("X-Request-Id")).isNotBlank();
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/" + type);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(problem.get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
        return problem;
    }
}
