package org.parley.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aKeyIssue;

/** API tokens: made by an admin, shown once, kept as a hash, working until they expire or are revoked. */
class TokenApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aNewTokenIsShownOnceWithItsPrefixAndKeptOnlyAsAHash() throws Exception {
        Map<?, ?> created = post("/api/v1/tokens", Map.of("name", "newsroom importer", "role", "EDITOR"))
            .expectStatus().isCreated()
            .expectHeader().value(HttpHeaders.LOCATION, value -> assertThat(value).contains("/api/v1/tokens/"))
            .returnResult(Map.class).getResponseBody();
        String secret = (String) created.get("token");
        assertThat(secret).startsWith("parley_").hasSize(50);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) created.get("details");
        assertThat(details).containsEntry("name", "newsroom importer").containsEntry("role", "EDITOR")
            .containsEntry("createdBy", "admin-token").containsEntry("active", true).containsEntry("hint", secret.substring(0, 11) + "…");

        byte[] stored = jdbc.queryForObject("select secret_hash from api_tokens", byte[].class);
        assertThat(stored).isEqualTo(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertThat(jdbc.queryForObject("select count(*) from api_tokens t where strpos(t::text, ?) > 0", Long.class, secret.substring(11)))
            .as("no column holds the secret").isZero();
        get("/api/v1/tokens/" + details.get("id")).expectStatus().isOk().expectBody()
            .jsonPath("$.token").doesNotExist()
            .jsonPath("$.name").isEqualTo("newsroom importer");
        get("/api/v1/tokens").expectStatus().isOk().expectBody()
            .jsonPath("$.content[0].hint").isEqualTo(secret.substring(0, 11) + "…")
            .jsonPath("$.content[0].token").doesNotExist();
    }

    @Test
    void aTokenActsWithItsRoleAndIsNamedAsWhoMadeWhatItMakes() {
        String admin = tokenFor("ADMIN");
        Map<?, ?> made = as(admin).post().uri("/api/v1/tokens").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .body(Map.of("name", "viewer for a partner", "role", "VIEWER")).exchange()
            .expectStatus().isCreated().returnResult(Map.class).getResponseBody();
        String maker = jdbc.queryForObject("select id::text from api_tokens where name = 'admin in a test'", String.class);
        assertThat(((Map<?, ?>) made.get("details")).get("createdBy")).isEqualTo("token:admin in a test (" + maker + ")");
    }

    @Test
    void aRevokedTokenIsRefusedAndStaysListedWithWhoRevokedIt() {
        String editor = tokenFor("EDITOR");
        as(editor).get().uri("/api/v1/talks").exchange().expectStatus().isOk();
        String id = jdbc.queryForObject("select id::text from api_tokens", String.class);

        delete("/api/v1/tokens/" + id).expectStatus().isNoContent();

        expectProblem(as(editor).get().uri("/api/v1/talks").exchange(), 401, "unauthorized")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain(editor));
        get("/api/v1/tokens/" + id).expectStatus().isOk().expectBody()
            .jsonPath("$.active").isEqualTo(false)
            .jsonPath("$.revokedBy").isEqualTo("admin-token")
            .jsonPath("$.revokedAt").isNotEmpty();
    }

    @Test
    void revokingATokenAgainKeepsItsFirstRevocation() {
        tokenFor("VIEWER");
        String id = jdbc.queryForObject("select id::text from api_tokens", String.class);
        delete("/api/v1/tokens/" + id).expectStatus().isNoContent();
        Instant first = jdbc.queryForObject("select revoked_at from api_tokens", java.sql.Timestamp.class).toInstant();

        delete("/api/v1/tokens/" + id).expectStatus().isNoContent();

        assertThat(jdbc.queryForObject("select revoked_at from api_tokens", java.sql.Timestamp.class).toInstant()).isEqualTo(first);
    }

    @Test
    void anExpiredTokenIsRefused() {
        String viewer = tokenFor("VIEWER");
        jdbc.update("update api_tokens set expires_at = now() - interval '1 second'");

        expectProblem(as(viewer).get().uri("/api/v1/talks").exchange(), 401, "unauthorized");
        get("/api/v1/tokens").expectStatus().isOk().expectBody().jsonPath("$.content[0].active").isEqualTo(false);
    }

    @Test
    void aTokenWorksUntilItsExpiry() {
        Map<?, ?> created = post("/api/v1/tokens", Map.of("name", "for a week", "role", "VIEWER",
            "expiresAt", Instant.now().plus(7, ChronoUnit.DAYS).toString())).expectStatus().isCreated().returnResult(Map.class).getResponseBody();

        as((String) created.get("token")).get().uri("/api/v1/talks").exchange().expectStatus().isOk();
    }

    @Test
    void anExpiryInThePastIsRefused() {
        expectProblem(post("/api/v1/tokens", Map.of("name", "stillborn", "role", "VIEWER", "expiresAt", "2020-01-01T00:00:00Z")),
            400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("expiresAt");
    }

    @Test
    void aTokenNeedsANameAndAKnownRole() {
        expectProblem(post("/api/v1/tokens", Map.of("name", " ", "role", "OWNER")), 400, "invalid-input");
    }

    @Test
    void anUnknownTokenIsRefusedEvenWhereNoneIsNeeded() {
        expectProblem(as("parley_" + "x".repeat(43)).get().uri("/api/v1/talks").exchange(), 401, "unauthorized")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).doesNotContain("xxxx"));
        as("parley_" + "x".repeat(43)).get().uri("/api/v1/talks").exchange()
            .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""));
    }

    @Test
    void aJwtIsRefusedWhereNoIssuerIsConfigured() {
        expectProblem(as("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").post().uri("/api/v1/key-issues")
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(aKeyIssue("Territory")).exchange(), 401, "unauthorized");
    }
}
