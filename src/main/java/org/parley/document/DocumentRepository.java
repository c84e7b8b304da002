package org.parley.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<Document, UUID>, JpaSpecificationExecutor<Document> {

    @Query("select new org.parley.document.DocumentSummary(d.id, d.title, d.kind, d.status) from Document d where d.id in :ids")
    List<DocumentSummary> findSummaries(Collection<UUID> ids);

    @Query("select new org.parley.document.DocumentSummary(d.id, d.title, d.kind, d.status) from Document d join d.versions v "
        + "where d.id = :documentId and v.id = :versionId")
    Optional<DocumentSummary> findSummaryWithVersion(UUID documentId, UUID versionId);

    // one query per case rather than "(:processId is null or ...)", which keeps the planner on the indexes
    default List<DocumentSummary> findCovering(UUID keyIssueId, UUID processId) {
        return processId == null ? findCovering(keyIssueId) : findCoveringInProcess(keyIssueId, processId);
    }

    @Query("select new org.parley.document.DocumentSummary(d.id, d.title, d.kind, d.status) from Document d join d.keyIssueIds k "
        + "where k = :keyIssueId order by d.title, d.id")
    List<DocumentSummary> findCovering(UUID keyIssueId);

    @Query("select new org.parley.document.DocumentSummary(d.id, d.title, d.kind, d.status) from Document d join d.keyIssueIds k "
        + "where k = :keyIssueId and d.processId = :processId order by d.title, d.id")
    List<DocumentSummary> findCoveringInProcess(UUID keyIssueId, UUID processId);

    @Query("select new org.parley.document.VersionLabel(v.id, v.label) from DocumentVersion v where v.id in :ids")
    List<VersionLabel> findVersionLabels(Collection<UUID> ids);

    /** The document a version belongs to, if there is such a version. */
    @Query("select v.document.id from DocumentVersion v where v.id = :versionId")
    Optional<UUID> findDocumentIdOfVersion(UUID versionId);

    /** Versions of other documents that supersede one of this document's versions. */
    @Query("select count(v) from DocumentVersion v where v.supersedesDocumentId = :documentId and v.document.id <> :documentId")
    long countSupersedingFromOtherDocuments(UUID documentId);

    long countByProcessId(UUID processId);

    long countByProposedByDelegationId(UUID delegationId);

    @Query("select count(d) from Document d join d.keyIssueIds k where k = :keyIssueId")
    long countCovering(UUID keyIssueId);

    /**
     * By query rather than {@code findById}: Hibernate's {@code EntityManager.find} answers "nothing" when
     * the connection fails inside the transaction, which would turn a database outage into a 404.
     */
    Optional<Document> findOneById(UUID id);

    /** Locked until the transaction ends, so that concurrent writes of one aggregate queue instead of racing. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Document> findLockedById(UUID id);
}
