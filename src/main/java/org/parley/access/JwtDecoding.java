package org.parley.access;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The JWT decoder that {@code spring.security.oauth2.resourceserver.jwt.*} asks for, made as the service starts. Spring
 * Boot picks its own decoder by conditions on these properties, and a build processed ahead of time (the Docker image's)
 * settles those conditions once, when it is built: an issuer configured on a deployment would have been ignored. Made
 * here, it is read from the deployment's configuration however Parley runs. The properties mean what Spring Boot's
 * reference says, one difference aside: a public key with an issuer checks the issuer too.
 */
final class JwtDecoding {

    private static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";

    private JwtDecoding() {
    }

    /** The decoder for the key set, public key or issuer configured, in that order of precedence; none when none is. */
    static Optional<JwtDecoder> configuredBy(OAuth2ResourceServerProperties.Jwt jwt) {
        if (jwt.getJwkSetUri() == null && jwt.getPublicKeyLocation() == null && jwt.getIssuerUri() == null) {
            return Optional.empty();
        }
        // without an audience any token of the identity provider, made for another application, would do
        if (jwt.getAudiences() == null || jwt.getAudiences().isEmpty()) {
            throw new IllegalStateException(AUDIENCES + " must name the audience Parley's JWTs are issued for, "
                + "so that a token the identity provider made for another application is refused");
        }
        if (jwt.getJwkSetUri() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri())
                .jwsAlgorithms(algorithms -> jwt.getJwsAlgorithms().forEach(name -> algorithms.add(SignatureAlgorithm.from(name))))
                .build();
            decoder.setJwtValidator(validator(jwt));
            return Optional.of(decoder);
        }
        if (jwt.getPublicKeyLocation() != null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey(jwt)).signatureAlgorithm(onlyAlgorithm(jwt)).build();
            decoder.setJwtValidator(validator(jwt));
            return Optional.of(decoder);
        }
        // the issuer's metadata is fetched at the first JWT, so that Parley starts while its identity provider is away
        return Optional.of(new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(jwt.getIssuerUri()).build();
            decoder.setJwtValidator(validator(jwt));
            return decoder;
        }));
    }

    private static OAuth2TokenValidator<Jwt> validator(OAuth2ResourceServerProperties.Jwt jwt) {
        List<String> audiences = jwt.getAudiences();
        return new DelegatingOAuth2TokenValidator<>(
            jwt.getIssuerUri() == null ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(jwt.getIssuerUri()),
            new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, audience -> audience != null && !Collections.disjoint(audience, audiences)));
    }

    private static RSAPublicKey publicKey(OAuth2ResourceServerProperties.Jwt jwt) {
        try {
            String pem = jwt.readPublicKey().replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
        }
        catch (IOException | GeneralSecurityException | IllegalArgumentException ex) {
            throw new IllegalStateException("No RSA public key could be read from " + jwt.getPublicKeyLocation() + ": " + ex.getMessage(), ex);
        }
    }

    private static SignatureAlgorithm onlyAlgorithm(OAuth2ResourceServerProperties.Jwt jwt) {
        List<String> algorithms = jwt.getJwsAlgorithms();
        if (algorithms == null || algorithms.size() != 1) {
            throw new IllegalStateException("A JWT public key needs exactly one algorithm in "
                + "spring.security.oauth2.resourceserver.jwt.jws-algorithms, not " + (algorithms == null ? 0 : algorithms.size()));
        }
        return SignatureAlgorithm.from(algorithms.getFirst());
    }
}
