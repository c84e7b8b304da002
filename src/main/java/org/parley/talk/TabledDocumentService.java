package org.parley.talk;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.parley.change.ChangeFeed;
import org.parley.change.ChangedResource;
import org.parley.change.ResourceType;
import org.parley.database.Write;
import org.parley.document.DocumentService;
import org.parley.document.DocumentSummary;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.NotFound;
import org.parley.domain.Upserted;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What was on the table at a round: the documents discussed there, each with the version discussed when known. */
@Service
@Transactional(readOnly = true)
class TabledDocumentService {

    private final TalkRepository talks;

    private final DocumentService documents;

    private final ChangeFeed changes;

    TabledDocumentService(TalkRepository talks, DocumentService documents, ChangeFeed changes) {
        this.talks = talks;
        this.changes = changes;
        this.documents = documents;
    }

    /** The documents tabled at a round, by title; the same few queries whatever their number. */
    TabledDocuments list(UUID talkId) {
        Talk talk = find(talkId);
        List<TabledDocument> tabled = talk.getTabledDocuments();
        Map<UUID, DocumentSummary> summaries = documents.summaries(tabled.stream().map(TabledDocument::getDocumentId).toList());
        Map<UUID, String> labels = documents.versionLabels(tabled.stream().map(TabledDocument::getVersionId).filter(Objects::nonNull).toList());
        List<TabledDocumentResponse> responses = tabled.stream()
            .map(d -> TabledDocumentResponse.of(summaries.get(d.getDocumentId()), d.getVersionId(),
                d.getVersionId() == null ? null : labels.get(d.getVersionId()), d.getNote(), talk.getVersion()))
            .sorted(Comparator.comparing(TabledDocumentResponse::title).thenComparing(TabledDocumentResponse::documentId))
            .toList();
        return new TabledDocuments(responses, talk.getVersion());
    }

    TabledDocumentResponse get(UUID talkId, UUID documentId) {
        Talk talk = find(talkId);
        TabledDocument tabled = talk.tabledDocument(documentId).orElseThrow(() -> new NotFound("Tabled document of talk " + talkId, documentId));
        return response(talk, documents.requireAll(List.of(documentId)).get(documentId), tabled.getVersionId(), tabled.getNote());
    }

    /**
     * Records that a document was on the table at a round; like an agenda item, a put of it as it already is
     * succeeds whatever If-Match says.
     */
    @Write
    Upserted<TabledDocumentResponse> putOnTable(UUID talkId, UUID documentId, ExpectedVersion expected, TabledDocumentRequest request) {
        Talk talk = toChange(talkId);
        DocumentSummary document = request.versionId() == null ? documents.requireAll(List.of(documentId)).get(documentId)
            : documents.requireVersion(documentId, request.versionId());
        if (talk.holdsOnTable(documentId, request.versionId(), request.note())) {
            return new Upserted<>(response(talk, document, request.versionId(), request.note()), false);
        }
        expected.check(talk);
        ChangeFeed.Snapshot before = changes.before(talk.tabledDocument(documentId)
            .map(tabled -> new TabledDocumentRequest(tabled.getVersionId(), tabled.getNote())).orElse(null));
        boolean created = talk.putOnTable(documentId, request.versionId(), request.note());
        talks.flush();
        ChangedResource changed = TalkService.changedPart(ResourceType.TABLED_DOCUMENT, talk, documentId);
        if (created) {
            changes.created(changed, talk);
        }
        else {
            changes.updated(changed, talk, before, request);
        }
        return new Upserted<>(response(talk, document, request.versionId(), request.note()), created);
    }

    @Write
    void takeOffTable(UUID talkId, UUID documentId, ExpectedVersion expected) {
        Talk talk = toChange(talkId);
        expected.check(talk);
        talk.takeOffTable(documentId);
        changes.deleted(TalkService.changedPart(ResourceType.TABLED_DOCUMENT, talk, documentId), talk);
    }

    private TabledDocumentResponse response(Talk talk, DocumentSummary document, UUID versionId, String note) {
        String label = versionId == null ? null : documents.versionLabels(List.of(versionId)).get(versionId);
        return TabledDocumentResponse.of(document, versionId, label, note, talk.getVersion());
    }

    /** The talk a write will change, locked until the transaction ends, as every write of a round's parts locks it. */
    private Talk toChange(UUID id) {
        return talks.findLockedById(id).orElseThrow(() -> new NotFound("Talk", id));
    }

    private Talk find(UUID id) {
        return talks.findOneById(id).orElseThrow(() -> new NotFound("Talk", id));
    }
}
