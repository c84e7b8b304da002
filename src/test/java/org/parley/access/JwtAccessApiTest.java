package org.parley.access;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.parley.Fixtures.aKeyIssue;

/** A browser frontend's callers come with a JWT: its signature, audience and expiry are checked, its roles claim read. */
// a context of its own, used by this class alone: closed after it, so that its connections go back to PostgreSQL
@DirtiesContext
class JwtAccessApiTest extends ApiTest {

    private static final TestIssuer ISSUER = TestIssuer.withNewKeys();

    @DynamicPropertySource
    static void trustTheIssuersKey(DynamicPropertyRegistry properties) {
        Path publicKey = ISSUER.publicKeyFile();
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> publicKey.toUri().toString());
        properties.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "parley");
    }

    @Test
    void anEditorsJwtCreates() {
        createWith(jwt("parley", List.of("EDITOR"), Instant.now().plusSeconds(300), ISSUER)).expectStatus().isCreated();
    }

    @Test
    void aViewersJwtMayNotCreate() {
        expectProblem(createWith(jwt("parley", List.of("VIEWER"), Instant.now().plusSeconds(300), ISSUER)), 403, "forbidden");
    }

    @Test
    void aJwtForAnotherAudienceIsRefused() {
        expectProblem(createWith(jwt("elsewhere", List.of("EDITOR"), Instant.now().plusSeconds(300), ISSUER)), 401, "unauthorized");
    }

    @Test
    void anExpiredJwtIsRefused() {
        expectProblem(createWith(jwt("parley", List.of("EDITOR"), Instant.now().minusSeconds(300), ISSUER)), 401, "unauthorized");
    }

    @Test
    void aJwtSignedByAnotherKeyIsRefused() {
        expectProblem(createWith(jwt("parley", List.of("ADMIN"), Instant.now().plusSeconds(300), TestIssuer.withNewKeys())), 401, "unauthorized");
    }

    @Test
    void aJwtWithoutASubjectIsRefused() {
        expectProblem(createWith(jwt(null, "parley", List.of("EDITOR"), Instant.now().plusSeconds(300), ISSUER)), 401, "unauthorized");
    }

    @Test
    void aJwtCallerIsRecordedByItsSubjectAndCannotPassForAToken() {
        String admin = jwt("token:importer", "parley", List.of("ADMIN"), Instant.now().plusSeconds(300), ISSUER);

        as(admin).post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
            .body(java.util.Map.of("name", "importer", "role", "EDITOR")).exchange()
            .expectStatus().isCreated().expectBody().jsonPath("$.details.createdBy").isEqualTo("jwt:token:importer");
    }

    private RestTestClient.ResponseSpec createWith(String jwt) {
        return as(jwt).post().uri("/api/v1/key-issues").contentType(MediaType.APPLICATION_JSON).body(aKeyIssue("Territory")).exchange();
    }

    private static String jwt(String audience, List<String> roles, Instant expiry, TestIssuer issuer) {
        return jwt("analyst@example.org", audience, roles, expiry, issuer);
    }

    private static String jwt(String subject, String audience, List<String> roles, Instant expiry, TestIssuer issuer) {
        return issuer.jwt(subject, audience, roles, expiry);
    }
}
