package org.parley.statement;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import org.parley.web.Created;
import org.parley.web.PageResponse;
import org.parley.web.SortableBy;

import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;
import static org.springframework.http.HttpStatus.NO_CONTENT;

@RestController
@RequestMapping("/api/v1")
class StatementController {

    private final StatementService statements;

    StatementController(StatementService statements) {
        this.statements = statements;
    }

    @GetMapping("/statements")
    PageResponse<StatementResponse> list(@RequestParam(required = false) UUID talkId,
                                         @RequestParam(required = false) UUID delegationId,
                                         @RequestParam(required = false) UUID keyIssueId,
                                         @RequestParam(required = false) StatementKind kind,
                                         @RequestParam(required = false) String speaker,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to,
                                         @SortableBy(value = { "statedOn", "speaker", "createdAt" }, defaultSort = "statedOn,desc")
                                         Pageable pageable) {
        StatementFilter filter = new StatementFilter(talkId, delegationId, keyIssueId, kind, speaker, from, to);
        return PageResponse.of(statements.list(filter, pageable));
    }

    @GetMapping("/talks/{talkId}/statements")
    PageResponse<StatementResponse> listForTalk(@PathVariable UUID talkId,
                                                @RequestParam(required = false) UUID delegationId,
                                                @RequestParam(required = false) UUID keyIssueId,
                                                @RequestParam(required = false) StatementKind kind,
                                                @RequestParam(required = false) String speaker,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
                                                @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to,
                                                @SortableBy(value = { "statedOn", "speaker", "createdAt" }, defaultSort = "statedOn,desc")
                                                Pageable pageable) {
        StatementFilter filter = new StatementFilter(talkId, delegationId, keyIssueId, kind, speaker, from, to);
        return PageResponse.of(statements.listForTalk(talkId, filter, pageable));
    }

    @PostMapping("/statements")
    ResponseEntity<StatementResponse> create(@Valid @RequestBody StatementRequest request) {
        StatementResponse created = statements.create(request);
        return Created.at(created.id(), created);
    }

    @GetMapping("/statements/{id}")
    StatementResponse get(@PathVariable UUID id) {
        return statements.get(id);
    }

    @PutMapping("/statements/{id}")
    StatementResponse replace(@PathVariable UUID id, @Valid @RequestBody StatementRequest request) {
        return statements.replace(id, request);
    }

    @DeleteMapping("/statements/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id) {
        statements.delete(id);
    }
}
