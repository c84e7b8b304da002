package org.parley.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret of an API token: {@value #PREFIX} and 256 random bits in URL-safe Base64. The prefix lets
 * secret scanners find a leaked token; the randomness makes a plain SHA-256 a safe way to keep it, since
 * there is nothing to guess that a slow hash would protect.
 */
record TokenSecret(String value) {

    static final String PREFIX = "parley_";

    /** The length of a secret Parley makes; a configured admin token may be longer, never shorter. */
    static final int LENGTH = PREFIX.length() + 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    static TokenSecret generate() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits));
    }

    static boolean looksLikeOne(String presented) {
        return presented.startsWith(PREFIX);
    }

    byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Enough of the secret to tell tokens apart in a list, too little to matter if seen. */
    String hint() {
        return value.substring(0, PREFIX.length() + 4) + "…";
    }

    // a secret is never printed by accident
    @Override
    public String toString() {
        return hint();
    }
}
