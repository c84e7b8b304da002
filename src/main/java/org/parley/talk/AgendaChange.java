package org.parley.talk;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.envers.Audited;

/**
 * One change of where a key issue stood at a round: put on the agenda, moved to another status or
 * note, or taken off. Changes are only ever added, so the way an issue moved is never lost.
 */
@Entity
@Audited
@Immutable
@Table(name = "talk_agenda_changes")
class AgendaChange {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "talk_id")
    private Talk talk;

    private UUID keyIssueId;

    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    private AgendaStatus fromStatus;

    private String fromNote;

    @Enumerated(EnumType.STRING)
    private AgendaStatus toStatus;

    private String toNote;

    protected AgendaChange() {
    }

    /** A null {@code from} status means the issue was put on the agenda; a null {@code to} status, that it was taken off. */
    AgendaChange(Talk talk, UUID keyIssueId, AgendaStatus fromStatus, String fromNote, AgendaStatus toStatus, String toNote) {
        this.talk = talk;
        this.keyIssueId = keyIssueId;
        this.changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.fromStatus = fromStatus;
        this.fromNote = fromNote;
        this.toStatus = toStatus;
        this.toNote = toNote;
    }

    UUID getId() {
        return id;
    }

    UUID getKeyIssueId() {
        return keyIssueId;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    AgendaStatus getFromStatus() {
        return fromStatus;
    }

    String getFromNote() {
        return fromNote;
    }

    AgendaStatus getToStatus() {
        return toStatus;
    }

    String getToNote() {
        return toNote;
    }
}
