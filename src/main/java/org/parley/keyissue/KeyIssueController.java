package org.parley.keyissue;

import java.util.UUID;

import jakarta.validation.Valid;
import org.parley.web.Created;
import org.parley.web.PageResponse;
import org.parley.web.SortableBy;

import org.springframework.data.domain.Pageable;
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

import static org.springframework.http.HttpStatus.NO_CONTENT;

@RestController
@RequestMapping("/api/v1/key-issues")
class KeyIssueController {

    private final KeyIssueService keyIssues;

    KeyIssueController(KeyIssueService keyIssues) {
        this.keyIssues = keyIssues;
    }

    @GetMapping
    PageResponse<KeyIssueResponse> list(@RequestParam(required = false) KeyIssueCategory category,
                                        @SortableBy(value = { "name", "category", "createdAt" }, defaultSort = "name") Pageable pageable) {
        return PageResponse.of(keyIssues.list(category, pageable));
    }

    @PostMapping
    ResponseEntity<KeyIssueResponse> create(@Valid @RequestBody KeyIssueRequest request) {
        KeyIssueResponse created = keyIssues.create(request);
        return Created.at(created.id(), created);
    }

    @GetMapping("/{id}")
    KeyIssueResponse get(@PathVariable UUID id) {
        return keyIssues.get(id);
    }

    @PutMapping("/{id}")
    KeyIssueResponse replace(@PathVariable UUID id, @Valid @RequestBody KeyIssueRequest request) {
        return keyIssues.replace(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id) {
        keyIssues.delete(id);
    }
}
