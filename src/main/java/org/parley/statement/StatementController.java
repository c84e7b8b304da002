package org.parley.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import org.parley.web.CalendarDate;
import org.parley.web.Export;
import org.parley.web.Exportable;
import org.parley.web.Conflicts;
import org.parley.web.Created;
import org.parley.web.MergePatch;
import org.parley.web.PageResponse;
import org.parley.web.SortableBy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
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
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;
import static org.springframework.http.HttpStatus.NO_CONTENT;

@RestController
@Tag(name = "Statements", description = "Public statements made around the rounds, with their sources")
@RequestMapping("/api/v1")
class StatementController {

    private static final String SIDE = "^[A-Z]{2,10}$";

    private static final String SIDE_MESSAGE = "must be 2 to 10 capital letters, e.g. UKR";

    private final StatementService statements;

    private final MergePatch mergePatch;

    private final RecordHistory history;

    StatementController(StatementService statements, MergePatch mergePatch, RecordHistory history) {
        this.history = history;
        this.statements = statements;
        this.mergePatch = mergePatch;
    }

    @Operation(operationId = "listStatements", summary = "List statements",
        description = "Pages through statements, newest first; filter by process, talk, delegation, side (named, or the partyCode of the delegation spoken for), person, key issue, document referred to, kind, part of the speaker's name or of an alias of the person speaking (any case), part of a source's outlet or of what it cites, quote or paraphrase, date range, or the time of the last change. A filter given several values matches any of them. "
            + TextQuery.DESCRIPTION + " It searches the text, the speaker and their title, and the sources' outlets. " + TextQuery.WINDOW)
    @GetMapping("/statements")
    PageResponse<StatementResponse> list(@RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> talkId,
                                         @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> delegationId,
                                         @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> keyIssueId,
                                         @RequestParam(required = false) @Size(max = MAX_VALUES) List<StatementKind> kind,
                                         @RequestParam(required = false) @Size(max = 200) String speaker,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DATE) @CalendarDate LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DATE) @CalendarDate LocalDate to,
                                         @RequestParam(required = false) @Size(max = MAX_VALUES) List<@Pattern(regexp = SIDE, message = SIDE_MESSAGE) String> side,
                                         @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> processId,
                                         @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> personId,
                                         @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> documentId,
                                         @RequestParam(required = false) @Size(max = 200) String outlet,
                                         @RequestParam(required = false) Boolean quote,
                                         @RequestParam(required = false) Instant updatedSince,
                                         @RequestParam(required = false) @Size(max = TextQuery.MAX_LENGTH) String q,
                                         @SortableBy(value = { "statedOn", "speaker", "createdAt", "updatedAt" }, defaultSort = "statedOn,desc", searchedBy = "q")
                                         Pageable pageable,
                                         @Exportable(value = "statements", columns = StatementExport.COLUMNS) Export export) {
        StatementFilter filter = new StatementFilter(talkId, delegationId, keyIssueId, kind, speaker, from, to, side, processId, personId,
            documentId, outlet, quote, updatedSince, TextQuery.of(q));
        if (export != null) {
            return export.send(rows -> statements.export(filter, pageable.getSort(), rows));
        }
        return PageResponse.of(statements.list(filter, pageable));
    }

    @Operation(operationId = "listTalkStatements", summary = "List the statements made around a talk",
        description = "Pages through the statements made around one round, with the same filters as the statement list.")
    @GetMapping("/talks/{talkId}/statements")
    PageResponse<StatementResponse> listForTalk(@PathVariable UUID talkId,
                                                @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> delegationId,
                                                @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> keyIssueId,
                                                @RequestParam(required = false) @Size(max = MAX_VALUES) List<StatementKind> kind,
                                                @RequestParam(required = false) @Size(max = 200) String speaker,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DATE) @CalendarDate LocalDate from,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DATE) @CalendarDate LocalDate to,
                                                @RequestParam(required = false) @Size(max = MAX_VALUES) List<@Pattern(regexp = SIDE, message = SIDE_MESSAGE) String> side,
                                                @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> personId,
                                                @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> documentId,
                                                @RequestParam(required = false) @Size(max = 200) String outlet,
                                                @RequestParam(required = false) Boolean quote,
                                                @RequestParam(required = false) Instant updatedSince,
                                                @RequestParam(required = false) @Size(max = TextQuery.MAX_LENGTH) String q,
                                                @SortableBy(value = { "statedOn", "speaker", "createdAt", "updatedAt" }, defaultSort = "statedOn,desc", searchedBy = "q")
                                                Pageable pageable,
                                                @Exportable(value = "statements", columns = StatementExport.COLUMNS) Export export) {
        StatementFilter filter = new StatementFilter(null, delegationId, keyIssueId, kind, speaker, from, to, side, null, personId,
            documentId, outlet, quote, updatedSince, TextQuery.of(q));
        if (export != null) {
            return export.send(rows -> statements.exportForTalk(talkId, filter, pageable.getSort(), rows));
        }
        return PageResponse.of(statements.listForTalk(talkId, filter, pageable));
    }

    @Conflicts({Rule.DELEGATION_NOT_AT_TALK, Rule.ANSWER_TO_LATER_STATEMENT})
    @Operation(operationId = "createStatement", summary = "Record a statement",
        description = "Records a statement with at least one source; a delegation named with a talk must be seated at it, statedOn may not lie in the future, and the statements it answers were made on or before its day.")
    @AlsoNotFound("Delegation 11111111-0000-7000-8000-000000000009 does not exist")
    @PostMapping("/statements")
    ResponseEntity<StatementResponse> create(@Valid @RequestBody StatementRequest request) {
        StatementResponse created = statements.create(request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getStatementThread", summary = "Get the thread a statement belongs to",
        description = "Every statement joined to this one by answers (denials, confirmations, …), in either direction and itself "
            + "included, in the order they were made: a claim with its denials and their clarifications. At most 500.")
    @GetMapping("/statements/{id}/thread")
    StatementThread thread(@PathVariable UUID id) {
        return new StatementThread(statements.thread(id));
    }

    @Operation(operationId = "getStatement", summary = "Get a statement",
        description = "A statement with its sources. Answers 304 while If-None-Match names its current ETag.")
    @GetMapping("/statements/{id}")
    StatementResponse get(@PathVariable UUID id) {
        return statements.get(id);
    }

    @Conflicts({Rule.DELEGATION_NOT_AT_TALK, Rule.ANSWER_TO_LATER_STATEMENT, Rule.THREAD_LOOP})
    @Operation(operationId = "replaceStatement", summary = "Replace a statement",
        description = "Replaces a statement; the same rules as on creation apply, and sources are replaced as a whole.")
    @AlsoNotFound("Delegation 11111111-0000-7000-8000-000000000009 does not exist")
    @PutMapping("/statements/{id}")
    StatementResponse replace(@PathVariable UUID id, ExpectedVersion expected, @Valid @RequestBody StatementRequest request) {
        return statements.update(id, expected, current -> request);
    }

    @Conflicts({Rule.DELEGATION_NOT_AT_TALK, Rule.ANSWER_TO_LATER_STATEMENT, Rule.THREAD_LOOP})
    @Operation(operationId = "patchStatement", summary = "Change some fields of a statement (JSON Merge Patch)",
        description = "Changes the fields named in a JSON Merge Patch, under the same rules as a replacement.")
    @AlsoNotFound("Delegation 11111111-0000-7000-8000-000000000009 does not exist")
    @PatchMapping(path = "/statements/{id}", consumes = MergePatch.MEDIA_TYPE)
    StatementResponse patch(@PathVariable UUID id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        return statements.update(id, expected, current -> mergePatch.apply(patch, current, StatementRequest.class));
    }

    @Conflicts(Rule.STILL_REFERENCED)
    @Operation(operationId = "deleteStatement", summary = "Delete a statement",
        description = "Deletes a statement that no other statement answers and no position cites as evidence any more.")
    @DeleteMapping("/statements/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id, ExpectedVersion expected) {
        statements.delete(id, expected);
    }

    @Operation(operationId = "getStatementHistory", summary = "The history of a statement",
        description = "Every revision of a statement, oldest first: who made it, when, for which request, and the whole record as that revision "
            + "left it, its sources, key issues, relations and documents included. A deleted record keeps its history, which ends with its deletion.")
    @GetMapping("/statements/{id}/history")
    PageResponse<RevisionResponse> history(@PathVariable UUID id, @SortableBy(value = "revision", defaultSort = "revision") Pageable pageable) {
        return PageResponse.of(history.of(Statement.HISTORY, id, pageable));
    }
}
