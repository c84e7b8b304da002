package org.parley.talk;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;
import org.hibernate.envers.Audited;

/** A document that was on the table at one round, with the version discussed when it is known. */
@Entity
@Audited
@Table(name = "talk_documents")
class TabledDocument {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "talk_id")
    private Talk talk;

    private UUID documentId;

    private UUID versionId;

    private String note;

    protected TabledDocument() {
    }

    TabledDocument(Talk talk, UUID documentId, UUID versionId, String note) {
        this.talk = talk;
        this.documentId = documentId;
        record(versionId, note);
    }

    void record(UUID versionId, String note) {
        this.versionId = versionId;
        this.note = note;
    }

    UUID getDocumentId() {
        return documentId;
    }

    UUID getVersionId() {
        return versionId;
    }

    String getNote() {
        return note;
    }
}
