package org.parley.access;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

/** An API token as listed: everything but its secret. */
record TokenResponse(
    UUID id,
    long version,
    String name,
    Role role,
    @Schema(description = "The first characters of the secret, to match a token found elsewhere to this entry", example = "parley_Xq3f…")
    String hint,
    Instant createdAt,
    @Schema(description = "Who made the token: a token's name or a JWT's subject") String createdBy,
    Instant expiresAt,
    Instant revokedAt,
    String revokedBy,
    @Schema(description = "Whether the token works now: neither expired nor revoked") boolean active) implements Versioned {

    static TokenResponse of(ApiToken token, Instant now) {
        return new TokenResponse(token.getId(), token.getVersion(), token.getName(), token.getRole(), token.getHint(), token.getCreatedAt(),
            token.getCreatedBy(), token.getExpiresAt(), token.getRevokedAt(), token.getRevokedBy(), token.activeAt(now));
    }
}
