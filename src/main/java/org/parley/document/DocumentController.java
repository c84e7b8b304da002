package org.parley.document;

import java.util.UUID;
import java.util.List;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.history.RecordHistory;
import org.parley.history.RevisionResponse;
import tools.jackson.databind.JsonNode;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.Rule;
import org.parley.domain.TextQuery;
import org.parley.web.AlsoNotFound;
import org.parley.web.Conflicts;
import org.parley.web.Created;
import org.parley.web.Export;
import org.parley.web.Exportable;
import org.parley.web.MergePatch;
import org.parley.web.PageResponse;
import org.parley.web.SortableBy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static org.parley.domain.ListFilters.MAX_VALUES;
import static org.springframework.http.HttpStatus.NO_CONTENT;

@RestController
@Tag(name = "Documents", description = "Peace plans, frameworks and other texts on the table, and the versions they went through")
@RequestMapping("/api/v1/documents")
class DocumentController {

    private static final String MISSING_REFERENCE = "Key issue 22222222-0000-7000-8000-000000000009 does not exist";

    private final DocumentService documents;

    private final MergePatch mergePatch;

    private final RecordHistory history;

    DocumentController(DocumentService documents, MergePatch mergePatch, RecordHistory history) {
        this.history = history;
        this.documents = documents;
        this.mergePatch = mergePatch;
    }

    @Operation(operationId = "listDocuments", summary = "List documents",
        description = "Pages through documents by title; filter by process, kind, status, a key issue they deal with, or the side that "
            + "proposed them (named, or the partyCode of the proposing delegation), or by the time of the last change. A filter given several values matches any of them. "
            + TextQuery.DESCRIPTION + " It searches the title and summary, and the labels and summaries of the versions.")
    @GetMapping
    PageResponse<DocumentResponse> list(@RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> processId,
                                        @RequestParam(required = false) @Size(max = MAX_VALUES) List<DocumentKind> kind,
                                        @RequestParam(required = false) @Size(max = MAX_VALUES) List<DocumentStatus> status,
                                        @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> keyIssueId,
                                        @RequestParam(required = false) @Size(max = MAX_VALUES) List<@Pattern(regexp = "^[A-Z]{2,10}$", message = "must be 2 to 10 capital letters, e.g. UKR") String> side,
                                        @RequestParam(required = false) Instant updatedSince,
                                        @RequestParam(required = false) @Size(max = TextQuery.MAX_LENGTH) String q,
                                        @SortableBy(value = { "title", "createdAt", "updatedAt" }, defaultSort = "title", searchedBy = "q") Pageable pageable,
                                        @Exportable(value = "documents", columns = DocumentExport.COLUMNS) Export export) {
        DocumentFilter filter = new DocumentFilter(processId, kind, status, keyIssueId, side, updatedSince, TextQuery.of(q));
        if (export != null) {
            return export.send(rows -> documents.export(filter, pageable.getSort(), rows));
        }
        return PageResponse.of(documents.list(filter, pageable));
    }

    @Operation(operationId = "createDocument", summary = "Create a document",
        description = "Records a document, in any status (documents are often recorded after the fact); it defaults to DRAFT. "
            + "The process, key issues and proposing delegation it names must exist.")
    @AlsoNotFound(MISSING_REFERENCE)
    @PostMapping
    ResponseEntity<DocumentResponse> create(@Valid @RequestBody DocumentRequest request) {
        DocumentResponse created = documents.create(request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getDocument", summary = "Get a document",
        description = "A document with its versions, oldest first. Answers 304 while If-None-Match names its current ETag.")
    @GetMapping("/{id}")
    DocumentResponse get(@PathVariable UUID id) {
        return documents.get(id);
    }

    @Conflicts(Rule.ILLEGAL_DOCUMENT_TRANSITION)
    @Operation(operationId = "replaceDocument", summary = "Replace a document",
        description = "Replaces a document's details; a status change must be an allowed move, and leaving status out keeps it. "
            + "Versions are read-only here: any sent back are ignored.")
    @AlsoNotFound(MISSING_REFERENCE)
    @PutMapping("/{id}")
    DocumentResponse replace(@PathVariable UUID id, ExpectedVersion expected, @Valid @RequestBody DocumentRequest request) {
        return documents.update(id, expected, current -> request);
    }

    @Conflicts(Rule.ILLEGAL_DOCUMENT_TRANSITION)
    @Operation(operationId = "patchDocument", summary = "Change some fields of a document (JSON Merge Patch)",
        description = "Changes the fields named in a JSON Merge Patch, under the same rules as a replacement.")
    @AlsoNotFound(MISSING_REFERENCE)
    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    DocumentResponse patch(@PathVariable UUID id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        return documents.update(id, expected, current -> mergePatch.apply(patch, current, DocumentRequest.class));
    }

    @Conflicts(Rule.STILL_REFERENCED)
    @Operation(operationId = "deleteDocument", summary = "Delete a document",
        description = "Deletes a document with its versions, unless a version of another document supersedes one of them.")
    @DeleteMapping("/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id, ExpectedVersion expected) {
        documents.delete(id, expected);
    }

    @Conflicts({Rule.DUPLICATE_VERSION_LABEL, Rule.DOCUMENT_VERSIONS_FULL})
    @Operation(operationId = "addDocumentVersion", summary = "Record a version of a document",
        description = "Records a version, which is never changed afterwards; its label is unique within the document regardless of case, "
            + "and the version it supersedes, of this or another document, must exist. If-Match, optional, takes the document's ETag.")
    @AlsoNotFound("Document version 99999999-0000-7000-8000-000000000109 does not exist")
    @PostMapping("/{id}/versions")
    ResponseEntity<DocumentVersionResponse> addVersion(@PathVariable UUID id, ExpectedVersion expected,
                                                       @Valid @RequestBody DocumentVersionRequest request) {
        DocumentVersionResponse created = documents.addVersion(id, expected, request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getDocumentVersion", summary = "Get a version of a document",
        description = "One version of a document. Its ETag is the document's; answers 304 while If-None-Match names it.")
    @GetMapping("/{id}/versions/{versionId}")
    DocumentVersionResponse version(@PathVariable UUID id, @PathVariable UUID versionId) {
        return documents.version(id, versionId);
    }

    @Operation(operationId = "getDocumentHistory", summary = "The history of a document",
        description = "Every revision of a document, oldest first: who made it, when, for which request, and the whole record as that revision "
            + "left it, its key issues and versions included. A deleted record keeps its history, which ends with its deletion.")
    @GetMapping("/{id}/history")
    PageResponse<RevisionResponse> history(@PathVariable UUID id, @SortableBy(value = "revision", defaultSort = "revision") Pageable pageable) {
        return PageResponse.of(history.of(Document.HISTORY, id, pageable));
    }
}
