package org.parley.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.Audited;
import org.parley.domain.AggregateRoot;
import org.parley.domain.InvalidInput;
import org.parley.domain.NotFound;
import org.parley.history.RecordShape;

import static org.parley.history.RecordShape.Part.rows;
import static org.parley.history.RecordShape.Part.values;

/**
 * A text put on the table in a negotiation, such as a peace plan, with the versions it went through.
 * Its details and status may change; a version, once recorded, never does.
 */
@Entity
@Audited
@Table(name = "documents")
class Document extends AggregateRoot {

    /** Where its history is kept, and that of the parts it holds. */
    static final RecordShape HISTORY = RecordShape.of("Document", "documents",
        values("keyIssueIds", "document_key_issues", "document_id"),
        rows("versions", "document_versions", "document_id").orderedBy("recorded_at", "id"));

    static final int MAX_VERSIONS = 100;

    static final int MAX_KEY_ISSUES = 50;

    private String title;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    @Enumerated(EnumType.STRING)
    private DocumentStatus status;

    private String proposedBySide;

    private UUID proposedByDelegationId;

    private UUID processId;

    private String summary;

    // describe() moves the version itself; counting collection changes too would bump it twice
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "document_key_issues", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "key_issue_id")
    private Set<UUID> keyIssueIds = new LinkedHashSet<>();

    // versions are only ever added; the database deletes them with their document, in the same statement,
    // so that one version superseding another of the same document does not stand in the way
    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("recordedAt, id")
    private List<DocumentVersion> versions = new ArrayList<>();

    protected Document() {
    }

    /** A document may be recorded after the fact, so it may start in any status. */
    Document(Details details, DocumentStatus status) {
        this.status = status;
        describe(details);
    }

    @Override
    public String kind() {
        return "Document";
    }

    /** New details, under the document's rules: it was proposed by a side or by a delegation, not both. */
    void describe(Details details) {
        if (details.proposedBySide() != null && details.proposedByDelegationId() != null) {
            throw new InvalidInput("proposedBy", "give side or delegationId, not both; a delegation's partyCode is its side");
        }
        // an unchanged document keeps its version, so that other editors' If-Match still holds
        if (details.equals(details())) {
            return;
        }
        this.title = details.title();
        this.kind = details.kind();
        this.proposedBySide = details.proposedBySide();
        this.proposedByDelegationId = details.proposedByDelegationId();
        this.processId = details.processId();
        this.summary = details.summary();
        this.keyIssueIds.retainAll(details.keyIssueIds());
        this.keyIssueIds.addAll(details.keyIssueIds());
        touch();
    }

    void moveTo(DocumentStatus target) {
        if (target == status) {
            return;
        }
        if (!status.canMoveTo(target)) {
            throw new IllegalDocumentTransition(getId(), status, target);
        }
        status = target;
    }

    /**
     * Records a new version: its label is unique within the document regardless of case, and a document
     * holds at most {@link #MAX_VERSIONS}.
     */
    DocumentVersion addVersion(DocumentVersion.Content content) {
        if (versions.size() >= MAX_VERSIONS) {
            throw new DocumentVersionsFull(getId(), MAX_VERSIONS);
        }
        String label = content.label().toLowerCase(Locale.ROOT);
        if (versions.stream().anyMatch(v -> v.getLabel().toLowerCase(Locale.ROOT).equals(label))) {
            throw new DuplicateVersionLabel(getId(), content.label());
        }
        DocumentVersion version = new DocumentVersion(this, content);
        versions.add(version);
        touch();
        return version;
    }

    Optional<DocumentVersion> findVersion(UUID versionId) {
        return versions.stream().filter(v -> versionId.equals(v.getId())).findFirst();
    }

    DocumentVersion version(UUID versionId) {
        return findVersion(versionId).orElseThrow(() -> versionNotFound(getId(), versionId));
    }

    static NotFound versionNotFound(UUID documentId, UUID versionId) {
        return new NotFound("Version " + versionId + " of document", documentId);
    }

    Details details() {
        return new Details(title, kind, proposedBySide, proposedByDelegationId, processId, Set.copyOf(keyIssueIds), summary);
    }

    String getTitle() {
        return title;
    }

    DocumentKind getKind() {
        return kind;
    }

    DocumentStatus getStatus() {
        return status;
    }

    String getProposedBySide() {
        return proposedBySide;
    }

    UUID getProposedByDelegationId() {
        return proposedByDelegationId;
    }

    UUID getProcessId() {
        return processId;
    }

    String getSummary() {
        return summary;
    }

    Set<UUID> getKeyIssueIds() {
        return Collections.unmodifiableSet(keyIssueIds);
    }

    /** Oldest first. */
    List<DocumentVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    /** What describes a document apart from its status, which moves only under rules, and its versions, which are only added. */
    record Details(String title, DocumentKind kind, String proposedBySide, UUID proposedByDelegationId, UUID processId,
                   Set<UUID> keyIssueIds, String summary) {

        Details {
            keyIssueIds = keyIssueIds == null ? Set.of() : Set.copyOf(keyIssueIds);
        }
    }
}
