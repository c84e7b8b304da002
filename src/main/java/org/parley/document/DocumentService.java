package org.parley.document;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.parley.change.ChangeFeed;
import org.parley.change.ChangedResource;
import org.parley.change.ResourceType;
import org.parley.database.Exports;
import org.parley.database.TextSearch;
import org.parley.database.Write;
import org.parley.delegation.DelegationService;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.NotFound;
import org.parley.domain.References;
import org.parley.domain.RowSink;
import org.parley.domain.TextHit;
import org.parley.domain.TextMatch;
import org.parley.keyissue.KeyIssueService;
import org.parley.process.ProcessService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class DocumentService {

    private final DocumentRepository documents;

    private final DelegationService delegations;

    private final KeyIssueService keyIssues;

    private final ProcessService processes;

    private final ApplicationEventPublisher events;

    private final ChangeFeed changes;

    private final TextSearch textSearch;

    private final DocumentHits hits;

    private final Exports exports;

    private final DocumentExport rows;

    DocumentService(DocumentRepository documents, DelegationService delegations, KeyIssueService keyIssues, ProcessService processes,
                    ApplicationEventPublisher events, ChangeFeed changes, TextSearch textSearch, DocumentHits hits,
                    Exports exports, DocumentExport rows) {
        this.textSearch = textSearch;
        this.exports = exports;
        this.rows = rows;
        this.hits = hits;
        this.changes = changes;
        this.documents = documents;
        this.delegations = delegations;
        this.keyIssues = keyIssues;
        this.processes = processes;
        this.events = events;
    }

    Page<DocumentResponse> list(DocumentFilter filter, Pageable pageable) {
        return documents.findAll(specification(filter, pageable.getSort()), TextMatch.forRepository(pageable)).map(DocumentResponse::of);
    }

    /** Every document the filter selects, in the order of {@code sort}, to the sink a batch at a time, from one snapshot. */
    void export(DocumentFilter filter, Sort sort, RowSink sink) {
        exports.allowLongReads();
        sink.columns(List.of(DocumentExport.COLUMNS.split(",")));
        exports.forEachBatch(Document.class, specification(filter, sort), sort, ids -> rows.write(ids, sink));
    }

    private Specification<Document> specification(DocumentFilter filter, Sort sort) {
        return filter.toSpecification(delegations::idsOfSides, textSearch::tsQuery, sort);
    }


    /**
     * The documents best matching a search ({@link TextSearch#tsQuery}), at most {@code limit}, with how many match
     * in all; only those of the processes, when some are named.
     */
    public TextHit.Hits search(String tsQuery, Collection<UUID> processIds, int limit) {
        return hits.find(tsQuery, processIds, limit);
    }

    DocumentResponse get(UUID id) {
        return DocumentResponse.of(find(id));
    }

    @Write
    DocumentResponse create(DocumentRequest request) {
        requireReferences(request);
        DocumentStatus status = request.status() == null ? DocumentStatus.DRAFT : request.status();
        Document document = documents.saveAndFlush(new Document(request.details(), status));
        changes.created(changed(document), document);
        return DocumentResponse.of(document);
    }

    /** Replaces or patches: {@code change} turns the document's current request form into the wanted one. */
    @Write
    DocumentResponse update(UUID id, ExpectedVersion expected, UnaryOperator<DocumentRequest> change) {
        Document document = checked(id, expected);
        ChangeFeed.Snapshot before = changes.before(DocumentResponse.of(document));
        DocumentRequest request = change.apply(DocumentRequest.of(document));
        requireReferences(request);
        document.describe(request.details());
        if (request.status() != null) {
            document.moveTo(request.status());
        }
        documents.flush();
        changes.updated(changed(document), document, before, DocumentResponse.of(document));
        return DocumentResponse.of(document);
    }

    @Write
    void delete(UUID id, ExpectedVersion expected) {
        Document document = checked(id, expected);
        References references = new References("Document " + id);
        references.add(documents.countSupersedingFromOtherDocuments(id), "version of another document that supersedes one of its versions",
            "versions of other documents that supersede its versions");
        events.publishEvent(new DocumentRemoval(id, references));
        references.requireNone();
        documents.delete(document);
        // the versions go with their document; a follower of them learns it from each one's own deletion
        document.getVersions().forEach(version -> changes.deleted(
            ChangedResource.partOf(ResourceType.DOCUMENT_VERSION, document.getId(), version.getId()).inProcess(document.getProcessId()), document));
        changes.deleted(changed(document), document);
    }

    DocumentVersionResponse version(UUID documentId, UUID versionId) {
        Document document = find(documentId);
        return DocumentVersionResponse.of(document.version(versionId), document);
    }

    /** Adds a version; like adding a member to a delegation, it may go without If-Match, and honours one if given. */
    @Write
    DocumentVersionResponse addVersion(UUID documentId, ExpectedVersion expected, DocumentVersionRequest request) {
        Document document = checked(documentId, expected);
        UUID supersededDocument = request.supersedesVersionId() == null ? null
            : documents.findDocumentIdOfVersion(request.supersedesVersionId())
                .orElseThrow(() -> new NotFound("Document version", request.supersedesVersionId()));
        DocumentVersion version = document.addVersion(request.content(supersededDocument));
        documents.flush();
        changes.created(ChangedResource.partOf(ResourceType.DOCUMENT_VERSION, documentId, version.getId()).inProcess(document.getProcessId()), document);
        changes.updated(changed(document), document, "versions");
        return DocumentVersionResponse.of(version, document);
    }

    /** Summaries of the given documents; {@link NotFound} names the first that does not exist. */
    public Map<UUID, DocumentSummary> requireAll(Collection<UUID> documentIds) {
        Map<UUID, DocumentSummary> found = summaries(documentIds);
        documentIds.stream().filter(id -> !found.containsKey(id)).findFirst().ifPresent(missing -> {
            throw new NotFound("Document", missing);
        });
        return found;
    }

    /**
     * The document that a version belongs to; {@link NotFound} if there is no such document, or the version is
     * not one of its versions.
     */
    public DocumentSummary requireVersion(UUID documentId, UUID versionId) {
        return documents.findSummaryWithVersion(documentId, versionId).orElseThrow(() -> documents.existsById(documentId)
            ? Document.versionNotFound(documentId, versionId) : new NotFound("Document", documentId));
    }

    /** Summaries of those of the given documents that exist, in one query. */
    public Map<UUID, DocumentSummary> summaries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return documents.findSummaries(Set.copyOf(ids)).stream().collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
    }

    /** The documents that deal with a key issue, of one process if {@code processId} is given, by title, in one query. */
    public List<DocumentSummary> covering(UUID keyIssueId, UUID processId) {
        return documents.findCovering(keyIssueId, processId);
    }

    /** The labels of those of the given versions that exist, by version id, in one query. */
    public Map<UUID, String> versionLabels(Collection<UUID> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        return documents.findVersionLabels(Set.copyOf(versionIds)).stream().collect(Collectors.toMap(VersionLabel::id, VersionLabel::label));
    }

    /** Everything the request names exists: the process, the key issues and the proposing delegation. */
    private void requireReferences(DocumentRequest request) {
        if (request.processId() != null) {
            processes.requireExists(request.processId());
        }
        keyIssues.requireAll(request.keyIssueIdSet());
        if (request.proposingDelegationId() != null) {
            delegations.require(request.proposingDelegationId());
        }
    }

    /** The document to change, locked until the transaction ends so that writes of it queue, and checked against If-Match. */
    private Document checked(UUID id, ExpectedVersion expected) {
        Document document = documents.findLockedById(id).orElseThrow(() -> new NotFound("Document", id));
        expected.check(document);
        return document;
    }

    private Document find(UUID id) {
        return documents.findOneById(id).orElseThrow(() -> new NotFound("Document", id));
    }

    private static ChangedResource changed(Document document) {
        return ChangedResource.of(ResourceType.DOCUMENT, document.getId()).inProcess(document.getProcessId());
    }
}
