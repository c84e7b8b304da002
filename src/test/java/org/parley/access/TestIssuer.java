package org.parley.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
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

/** An identity provider of the tests' own: an RSA key pair that signs JWTs, and its public key as Parley is given it. */
public final class TestIssuer {

    private final KeyPair keys;

    private TestIssuer(KeyPair keys) {
        this.keys = keys;
    }

    public static TestIssuer withNewKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TestIssuer(generator.generateKeyPair());
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The public key in a PEM file, for spring.security.oauth2.resourceserver.jwt.public-key-location. */
    public Path publicKeyFile() {
        try {
            Path file = Files.createTempFile("issuer", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
            return file;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** A signed JWT for the subject (none when null), the audience and roles given, issued ten minutes ago. */
    public String jwt(String subject, String audience, List<String> roles, Instant expiry) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).audience(audience).claim("roles", roles)
            .issueTime(Date.from(Instant.now().minusSeconds(600))).expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        }
        catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
        return jwt.serialize();
    }
}
