package org.parley.keyissue;

import java.util.UUID;
import java.util.List;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.parley.history.RecordHistory;
import org.parley.history.RevisionResponse;
import tools.jackson.databind.JsonNode;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.Rule;
import org.parley.web.Conflicts;
import org.parley.web.Created;
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
@Tag(name = "Key issues", description = "The issues whose standing moves from round to round")
@RequestMapping("/api/v1/key-issues")
class KeyIssueController {

    private final KeyIssueService keyIssues;

    private final MergePatch mergePatch;

    private final RecordHistory history;

    KeyIssueController(KeyIssueService keyIssues, MergePatch mergePatch, RecordHistory history) {
        this.history = history;
        this.keyIssues = keyIssues;
        this.mergePatch = mergePatch;
    }

    @Operation(operationId = "listKeyIssues", summary = "List key issues",
        description = "Pages through key issues by name; filter by category or the time of the last change. A filter given several values matches any of them.")
    @GetMapping
    PageResponse<KeyIssueResponse> list(@RequestParam(required = false) @Size(max = MAX_VALUES) List<KeyIssueCategory> category,
                                        @RequestParam(required = false) Instant updatedSince,
                                        @SortableBy(value = { "name", "category", "createdAt", "updatedAt" }, defaultSort = "name") Pageable pageable) {
        return PageResponse.of(keyIssues.list(new KeyIssueFilter(category, updatedSince), pageable));
    }

    @Conflicts(Rule.DUPLICATE_KEY_ISSUE)
    @Operation(operationId = "createKeyIssue", summary = "Create a key issue",
        description = "Records a key issue; names are unique regardless of case.")
    @PostMapping
    ResponseEntity<KeyIssueResponse> create(@Valid @RequestBody KeyIssueRequest request) {
        KeyIssueResponse created = keyIssues.create(request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getKeyIssue", summary = "Get a key issue",
        description = "A key issue. Answers 304 while If-None-Match names its current ETag.")
    @GetMapping("/{id}")
    KeyIssueResponse get(@PathVariable UUID id) {
        return keyIssues.get(id);
    }

    @Conflicts(Rule.DUPLICATE_KEY_ISSUE)
    @Operation(operationId = "replaceKeyIssue", summary = "Replace a key issue",
        description = "Replaces a key issue; its name must stay unique regardless of case.")
    @PutMapping("/{id}")
    KeyIssueResponse replace(@PathVariable UUID id, ExpectedVersion expected, @Valid @RequestBody KeyIssueRequest request) {
        return keyIssues.update(id, expected, current -> request);
    }

    @Conflicts(Rule.DUPLICATE_KEY_ISSUE)
    @Operation(operationId = "patchKeyIssue", summary = "Change some fields of a key issue (JSON Merge Patch)",
        description = "Changes the fields named in a JSON Merge Patch, under the same rules as a replacement.")
    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    KeyIssueResponse patch(@PathVariable UUID id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        return keyIssues.update(id, expected, current -> mergePatch.apply(patch, current, KeyIssueRequest.class));
    }

    @Conflicts(Rule.STILL_REFERENCED)
    @Operation(operationId = "deleteKeyIssue", summary = "Delete a key issue",
        description = "Deletes a key issue that no agenda item, statement or position refers to any more.")
    @DeleteMapping("/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id, ExpectedVersion expected) {
        keyIssues.delete(id, expected);
    }

    @Operation(operationId = "getKeyIssueHistory", summary = "The history of a key issue",
        description = "Every revision of a key issue, oldest first: who made it, when, for which request, and the whole record as that revision "
            + "left it, its aliases included. A deleted record keeps its history, which ends with its deletion.")
    @GetMapping("/{id}/history")
    PageResponse<RevisionResponse> history(@PathVariable UUID id, @SortableBy(value = "revision", defaultSort = "revision") Pageable pageable) {
        return PageResponse.of(history.of(KeyIssue.HISTORY, id, pageable));
    }
}
