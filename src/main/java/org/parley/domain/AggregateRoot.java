package org.parley.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.hibernate.annotations.UuidGenerator;
import org.hibernate.envers.Audited;

/**
 * Identity, optimistic version and audit times shared by every aggregate. Changes inside an
 * aggregate's child collections call {@link #touch()} so that the root's version moves too: a
 * client holding an old version of a talk must notice that a participant was added.
 */
@MappedSuperclass
@Audited
public abstract class AggregateRoot {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @Version
    private Long version;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    /** What the aggregate is called in messages to clients, e.g. "Key issue". */
    public abstract String kind();

    public UUID getId() {
        return id;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    protected void touch() {
        updatedAt = now();
    }

    @PrePersist
    void onPersist() {
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = now();
    }

    // PostgreSQL keeps microseconds; truncating here makes a body read back equal the body returned
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
