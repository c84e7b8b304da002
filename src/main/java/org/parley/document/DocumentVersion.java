package org.parley.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * One version of a document, as it stood on a day: recorded once and never rewritten (the database
 * refuses any update). A later version, of this document or of another, may say which one it supersedes.
 */
@Entity
@Audited
@Immutable
@Table(name = "document_versions")
class DocumentVersion {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", updatable = false)
    private Document document;

    @Column(updatable = false)
    private String label;

    @Column(updatable = false)
    private LocalDate issuedOn;

    @Column(updatable = false)
    private String summary;

    @Column(updatable = false)
    private String url;

    @Column(updatable = false)
    private UUID supersedesVersionId;

    @Column(updatable = false)
    private UUID supersedesDocumentId;

    @Column(updatable = false)
    private Instant recordedAt;

    protected DocumentVersion() {
    }

    DocumentVersion(Document document, Content content) {
        this.document = document;
        this.label = content.label();
        this.issuedOn = content.issuedOn();
        this.summary = content.summary();
        this.url = content.url();
        this.supersedesVersionId = content.supersedesVersionId();
        this.supersedesDocumentId = content.supersedesDocumentId();
        // PostgreSQL keeps microseconds; truncating here makes the body returned equal the body read back
        this.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    UUID getId() {
        return id;
    }

    String getLabel() {
        return label;
    }

    LocalDate getIssuedOn() {
        return issuedOn;
    }

    String getSummary() {
        return summary;
    }

    String getUrl() {
        return url;
    }

    UUID getSupersedesVersionId() {
        return supersedesVersionId;
    }

    UUID getSupersedesDocumentId() {
        return supersedesDocumentId;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }

    /**
     * What a version says. {@code supersedesDocumentId} is the document of the superseded version, which
     * the caller has looked up; both are null for a version that supersedes none.
     */
    record Content(String label, LocalDate issuedOn, String summary, String url, UUID supersedesVersionId, UUID supersedesDocumentId) {

        Content {
            if ((supersedesVersionId == null) != (supersedesDocumentId == null)) {
                throw new IllegalArgumentException("a superseded version comes with its document");
            }
        }
    }
}
