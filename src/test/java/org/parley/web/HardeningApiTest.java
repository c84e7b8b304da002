package org.parley.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.parley.Fixtures.aKeyIssue;

/** What every answer carries for the client's safety, and what the service refuses to take in or to give away. */
class HardeningApiTest extends ApiTest {

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anApiAnswerIsNeverSniffedFramedOrRun() {
        anonymous.get().uri("/api/v1/talks").exchange().expectStatus().isOk().expectHeader()
            .valueEquals("X-Content-Type-Options", "nosniff").expectHeader()
            .valueEquals("X-Frame-Options", "DENY").expectHeader()
            .valueEquals("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void swaggerUiHasAPolicyForAPage() {
        anonymous.get().uri("/swagger-ui/index.html").exchange().expectStatus().isOk().expectHeader()
            .value("Content-Security-Policy", policy -> assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'"));
    }

    @Test
    void anAnonymousReadMayBeCachedIfRevalidatedButAReadWithCredentialsIsKeptNowhere() {
        String id = create("/api/v1/key-issues", aKeyIssue("Territory"));

        anonymous.get().uri("/api/v1/key-issues/" + id).exchange().expectStatus().isOk()
            .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "no-cache");
        get("/api/v1/key-issues/" + id).expectStatus().isOk()
            .expectHeader().value(HttpHeaders.CACHE_CONTROL, value -> assertThat(value).contains("no-store"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        expectProblem(http.post().uri("/api/v1/key-issues").contentType(MediaType.APPLICATION_JSON)
            .body(aKeyIssue("x".repeat(1_100_000))).exchange(), 413, "content-too-large")
            .jsonPath("$.detail").isEqualTo("The body is larger than the 1048576 bytes a request may carry");
        get("/api/v1/key-issues").expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void aStreamedBodyOfUnknownLengthIsCutOffAtTheLimit() throws Exception {
        byte[] body = ("{\"name\": \"" + "x".repeat(1_100_000) + "\", \"category\": \"TERRITORY\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/key-issues")).version(HttpClient.Version.HTTP_1_1)
            .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).timeout(Duration.ofSeconds(30)).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("/problems/content-too-large");
    }

    @Test
    void aDatabaseErrorNamesTheConstraintButNotTheValues() {
        create("/api/v1/key-issues", aKeyIssue("Zaporizhzhia nuclear plant"));

        DataAccessException duplicate = catchThrowableOfType(DataAccessException.class, () -> jdbc.update(
            "insert into key_issues (id, name, category, version, created_at, updated_at) "
                + "select gen_random_uuid(), upper(name), category, 0, now(), now() from key_issues"));

        assertThat(duplicate.getMostSpecificCause().getMessage()).contains("key_issues_name_key").doesNotContainIgnoringCase("zaporizhzhia");
    }
}
