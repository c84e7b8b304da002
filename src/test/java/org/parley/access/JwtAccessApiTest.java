package org.parley.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
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

    private static final KeyPair ISSUER_KEYS = rsaKeys();

    @DynamicPropertySource
    static void trustTheIssuersKey(DynamicPropertyRegistry properties) throws IOException {
        Path publicKey = Files.createTempFile("issuer", ".pem");
        publicKey.toFile().deleteOnExit();
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(ISSUER_KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> publicKey.toUri().toString());
        properties.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "parley");
    }

    @Test
    void anEditorsJwtCreates() {
        createWith(jwt("parley", List.of("EDITOR"), Instant.now().plusSeconds(300), ISSUER_KEYS)).expectStatus().isCreated();
    }

    @Test
    void aViewersJwtMayNotCreate() {
        expectProblem(createWith(jwt("parley", List.of("VIEWER"), Instant.now().plusSeconds(300), ISSUER_KEYS)), 403, "forbidden");
    }

    @Test
    void aJwtForAnotherAudienceIsRefused() {
        expectProblem(createWith(jwt("elsewhere", List.of("EDITOR"), Instant.now().plusSeconds(300), ISSUER_KEYS)), 401, "unauthorized");
    }

    @Test
    void anExpiredJwtIsRefused() {
        expectProblem(createWith(jwt("parley", List.of("EDITOR"), Instant.now().minusSeconds(300), ISSUER_KEYS)), 401, "unauthorized");
    }

    @Test
    void aJwtSignedByAnotherKeyIsRefused() {
        expectProblem(createWith(jwt("parley", List.of("ADMIN"), Instant.now().plusSeconds(300), rsaKeys())), 401, "unauthorized");
    }

    @Test
    void aJwtWithoutASubjectIsRefused() {
        expectProblem(createWith(jwt(null, "parley", List.of("EDITOR"), Instant.now().plusSeconds(300), ISSUER_KEYS)), 401, "unauthorized");
    }

    @Test
    void aJwtCallerIsRecordedByItsSubjectAndCannotPassForAToken() {
        String admin = jwt("token:importer", "parley", List.of("ADMIN"), Instant.now().plusSeconds(300), ISSUER_KEYS);

        as(admin).post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
            .body(java.util.Map.of("name", "importer", "role", "EDITOR")).exchange()
            .expectStatus().isCreated().expectBody().jsonPath("$.details.createdBy").isEqualTo("jwt:token:importer");
    }

    private RestTestClient.ResponseSpec createWith(String jwt) {
        return as(jwt).post().uri("/api/v1/key-issues").contentType(MediaType.APPLICATION_JSON).body(aKeyIssue("Territory")).exchange();
    }

    private static String jwt(String audience, List<String> roles, Instant expiry, KeyPair keys) {
        return jwt("analyst@example.org", audience, roles, expiry, keys);
    }

    private static String jwt(String subject, String audience, List<String> roles, Instant expiry, KeyPair keys) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).audience(audience).claim("roles", roles)
            .issueTime(Date.from(Instant.now().minusSeconds(600))).expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
