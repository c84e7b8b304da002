package org.parley.talk;

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

import org.hibernate.annotations.UuidGenerator;
import org.hibernate.envers.Audited;

/** Where one key issue stood at one round. */
@Entity
@Audited
@Table(name = "talk_agenda_items")
class AgendaItem {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "talk_id")
    private Talk talk;

    private UUID keyIssueId;

    @Enumerated(EnumType.STRING)
    private AgendaStatus status;

    private String note;

    protected AgendaItem() {
    }

    AgendaItem(Talk talk, UUID keyIssueId, AgendaStatus status, String note) {
        this.talk = talk;
        this.keyIssueId = keyIssueId;
        record(status, note);
    }

    void record(AgendaStatus status, String note) {
        this.status = status;
        this.note = note;
    }

    UUID getKeyIssueId() {
        return keyIssueId;
    }

    AgendaStatus getStatus() {
        return status;
    }

    String getNote() {
        return note;
    }
}
