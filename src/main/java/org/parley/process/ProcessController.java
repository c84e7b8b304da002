package org.parley.process;

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
@Tag(name = "Processes", description = "Negotiation tracks, which rounds belong to")
@RequestMapping("/api/v1/processes")
class ProcessController {

    private final ProcessService processes;

    private final MergePatch mergePatch;

    private final RecordHistory history;

    ProcessController(ProcessService processes, MergePatch mergePatch, RecordHistory history) {
        this.history = history;
        this.processes = processes;
        this.mergePatch = mergePatch;
    }

    @Operation(operationId = "listProcesses", summary = "List processes",
        description = "Pages through negotiation tracks by name; filter by status or the time of the last change. A filter given several values matches any of them.")
    @GetMapping
    PageResponse<ProcessResponse> list(@RequestParam(required = false) @Size(max = MAX_VALUES) List<ProcessStatus> status,
                                       @RequestParam(required = false) Instant updatedSince,
                                       @SortableBy(value = { "name", "startedOn", "createdAt", "updatedAt" }, defaultSort = "name") Pageable pageable) {
        return PageResponse.of(processes.list(new ProcessFilter(status, updatedSince), pageable));
    }

    @Conflicts(Rule.DUPLICATE_PROCESS)
    @Operation(operationId = "createProcess", summary = "Create a process",
        description = "Records a negotiation track; names are unique regardless of case. The status defaults to ACTIVE.")
    @PostMapping
    ResponseEntity<ProcessResponse> create(@Valid @RequestBody ProcessRequest request) {
        ProcessResponse created = processes.create(request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getProcess", summary = "Get a process",
        description = "A negotiation track. Answers 304 while If-None-Match names its current ETag.")
    @GetMapping("/{id}")
    ProcessResponse get(@PathVariable UUID id) {
        return processes.get(id);
    }

    @Conflicts(Rule.DUPLICATE_PROCESS)
    @Operation(operationId = "replaceProcess", summary = "Replace a process",
        description = "Replaces a negotiation track; its name must stay unique regardless of case. Leave out status to keep it.")
    @PutMapping("/{id}")
    ProcessResponse replace(@PathVariable UUID id, ExpectedVersion expected, @Valid @RequestBody ProcessRequest request) {
        return processes.update(id, expected, current -> request);
    }

    @Conflicts(Rule.DUPLICATE_PROCESS)
    @Operation(operationId = "patchProcess", summary = "Change some fields of a process (JSON Merge Patch)",
        description = "Changes the fields named in a JSON Merge Patch, under the same rules as a replacement.")
    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    ProcessResponse patch(@PathVariable UUID id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        return processes.update(id, expected, current -> mergePatch.apply(patch, current, ProcessRequest.class));
    }

    @Conflicts(Rule.STILL_REFERENCED)
    @Operation(operationId = "deleteProcess", summary = "Delete a process",
        description = "Deletes a negotiation track that no round belongs to any more.")
    @DeleteMapping("/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id, ExpectedVersion expected) {
        processes.delete(id, expected);
    }

    @Operation(operationId = "getProcessHistory", summary = "The history of a process",
        description = "Every revision of a process, oldest first: who made it, when, for which request, and the whole record as that revision "
            + "left it, its parties included. A deleted record keeps its history, which ends with its deletion.")
    @GetMapping("/{id}/history")
    PageResponse<RevisionResponse> history(@PathVariable UUID id, @SortableBy(value = "revision", defaultSort = "revision") Pageable pageable) {
        return PageResponse.of(history.of(PeaceProcess.HISTORY, id, pageable));
    }
}
