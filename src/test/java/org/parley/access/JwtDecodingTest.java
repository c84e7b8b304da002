package org.parley.access;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JWT decoder made from the deployment's properties as Parley starts, whichever way it was built. */
class JwtDecodingTest {

    private static final TestIssuer ISSUER = TestIssuer.withNewKeys();

    @Test
    void noKeySetPublicKeyOrIssuerMeansNoJwts() {
        assertThat(JwtDecoding.configuredBy(new OAuth2ResourceServerProperties.Jwt())).isEmpty();
    }

    @Test
    void anIssuerWithoutAnAudienceIsRefusedAtStart() {
        OAuth2ResourceServerProperties.Jwt jwt = new OAuth2ResourceServerProperties.Jwt();
        jwt.setIssuerUri("https://id.example.org");
        assertThatThrownBy(() -> JwtDecoding.configuredBy(jwt)).isInstanceOf(IllegalStateException.class).hasMessageContaining("audiences");
    }

    @Test
    void aPublicKeyDecoderTakesTheAudiencesJwts() {
        JwtDecoder decoder = JwtDecoding.configuredBy(publicKey(null)).orElseThrow();
        assertThat(decoder.decode(ISSUER.jwt("analyst", "parley", List.of("EDITOR"), Instant.now().plusSeconds(60))).getSubject()).isEqualTo("analyst");
    }

    @Test
    void aPublicKeyDecoderRefusesAnotherAudience() {
        JwtDecoder decoder = JwtDecoding.configuredBy(publicKey(null)).orElseThrow();
        assertThatThrownBy(() -> decoder.decode(ISSUER.jwt("analyst", "elsewhere", List.of("EDITOR"), Instant.now().plusSeconds(60))))
            .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aPublicKeyWithAnIssuerRefusesJwtsThatNameNoneOrAnother() {
        JwtDecoder decoder = JwtDecoding.configuredBy(publicKey("https://id.example.org")).orElseThrow();
        assertThatThrownBy(() -> decoder.decode(ISSUER.jwt("analyst", "parley", List.of("EDITOR"), Instant.now().plusSeconds(60))))
            .isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aPublicKeyNeedsExactlyOneAlgorithm() {
        OAuth2ResourceServerProperties.Jwt jwt = publicKey(null);
        jwt.setJwsAlgorithms(List.of("RS256", "RS512"));
        assertThatThrownBy(() -> JwtDecoding.configuredBy(jwt)).isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one");
    }

    private static OAuth2ResourceServerProperties.Jwt publicKey(String issuer) {
        OAuth2ResourceServerProperties.Jwt jwt = new OAuth2ResourceServerProperties.Jwt();
        jwt.setPublicKeyLocation(new FileSystemResource(ISSUER.publicKeyFile()));
        jwt.setAudiences(List.of("parley"));
        jwt.setIssuerUri(issuer);
        return jwt;
    }
}
