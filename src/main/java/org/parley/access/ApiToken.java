package org.parley.access;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.parley.domain.AggregateRoot;
import org.parley.history.RecordShape;

/**
 * A credential for scripts and integrations. Only the hash of its secret is kept; the secret itself is
 * shown once, to whoever made the token. A token ends when it expires or is revoked, and is never deleted,
 * so that who could write when stays on record.
 */
@Entity
@Audited
@Table(name = "api_tokens")
class ApiToken extends AggregateRoot {

    /** Where its history is kept: a token holds no parts. */
    static final RecordShape HISTORY = RecordShape.of("API token", "api_tokens");

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    // the history of a token is who made and revoked it; its hash stays in one place only
    @NotAudited
    @Column(nullable = false, updatable = false)
    private byte[] secretHash;

    @Column(nullable = false, updatable = false)
    private String hint;

    @Column(nullable = false, updatable = false)
    private String createdBy;

    @Column(updatable = false)
    private Instant expiresAt;

    private Instant revokedAt;

    private String revokedBy;

    protected ApiToken() {
    }

    @Override
    public String kind() {
        return "API token";
    }

    ApiToken(String name, Role role, TokenSecret secret, Instant expiresAt, String createdBy) {
        this.name = name;
        this.role = role;
        this.secretHash = secret.hash();
        this.hint = secret.hint();
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    /** Ends the token now; a token already revoked keeps the time and the name of its first revocation. */
    void revoke(String by) {
        if (revokedAt == null) {
            revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            revokedBy = by;
        }
    }

    boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    String getName() {
        return name;
    }

    Role getRole() {
        return role;
    }

    String getHint() {
        return hint;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    String getRevokedBy() {
        return revokedBy;
    }
}
