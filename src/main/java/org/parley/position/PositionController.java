package org.parley.position;

import java.time.LocalDate;
import java.util.UUID;
import java.util.List;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import org.parley.history.RecordHistory;
import org.parley.history.RevisionResponse;
import tools.jackson.databind.JsonNode;
import org.parley.domain.ExpectedVersion;
import org.parley.web.AlsoNotFound;
import org.parley.web.CalendarDate;
import org.parley.web.Export;
import org.parley.web.Exportable;
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
@Tag(name = "Positions", description = "Each side's stance on a key issue over time, with the statements that show it")
@RequestMapping("/api/v1")
class PositionController {

    private static final String MISSING_EVIDENCE = "Statement 44444444-0000-7000-8000-000000000099 does not exist";

    private final PositionService positions;

    private final MergePatch mergePatch;

    private final RecordHistory history;

    PositionController(PositionService positions, MergePatch mergePatch, RecordHistory history) {
        this.history = history;
        this.positions = positions;
        this.mergePatch = mergePatch;
    }

    @Operation(operationId = "listPositions", summary = "List positions",
        description = "Pages through positions, latest first; filter by side, key issue, stance, date range (of asOf) or the time of the last change. A filter given several values matches any of them.")
    @GetMapping("/positions")
    PageResponse<PositionResponse> list(@RequestParam(required = false) @Size(max = MAX_VALUES) List<@Pattern(regexp = "^[A-Z]{2,10}$", message = "must be 2 to 10 capital letters, e.g. UKR") String> side,
                                        @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> keyIssueId,
                                        @RequestParam(required = false) @Size(max = MAX_VALUES) List<Stance> stance,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DATE) @CalendarDate LocalDate from,
                                        @RequestParam(required = false) @DateTimeFormat(iso = DATE) @CalendarDate LocalDate to,
                                        @RequestParam(required = false) Instant updatedSince,
                                        @SortableBy(value = { "asOf", "side", "createdAt", "updatedAt" }, defaultSort = "asOf,desc") Pageable pageable,
                                        @Exportable(value = "positions", columns = PositionExport.COLUMNS) Export export) {
        PositionFilter filter = new PositionFilter(side, keyIssueId, stance, from, to, updatedSince);
        if (export != null) {
            return export.send(rows -> positions.export(filter, pageable.getSort(), rows));
        }
        return PageResponse.of(positions.list(filter, pageable));
    }

    @Operation(operationId = "createPosition", summary = "Record a position",
        description = "Records a side's stance on a key issue as of a day, not in the future, citing at least one statement as evidence, "
            + "each once.")
    @AlsoNotFound(MISSING_EVIDENCE)
    @PostMapping("/positions")
    ResponseEntity<PositionResponse> create(@Valid @RequestBody PositionRequest request) {
        PositionResponse created = positions.create(request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getPosition", summary = "Get a position",
        description = "A position with the statements it cites. Answers 304 while If-None-Match names its current ETag.")
    @GetMapping("/positions/{id}")
    PositionResponse get(@PathVariable UUID id) {
        return positions.get(id);
    }

    @Operation(operationId = "replacePosition", summary = "Replace a position",
        description = "Replaces a position; the same rules as on creation apply, and the evidence is replaced as a whole.")
    @AlsoNotFound(MISSING_EVIDENCE)
    @PutMapping("/positions/{id}")
    PositionResponse replace(@PathVariable UUID id, ExpectedVersion expected, @Valid @RequestBody PositionRequest request) {
        return positions.update(id, expected, current -> request);
    }

    @Operation(operationId = "patchPosition", summary = "Change some fields of a position (JSON Merge Patch)",
        description = "Changes the fields named in a JSON Merge Patch, under the same rules as a replacement; evidence given replaces "
            + "the whole list.")
    @AlsoNotFound(MISSING_EVIDENCE)
    @PatchMapping(path = "/positions/{id}", consumes = MergePatch.MEDIA_TYPE)
    PositionResponse patch(@PathVariable UUID id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        return positions.update(id, expected, current -> mergePatch.apply(patch, current, PositionRequest.class));
    }

    @Operation(operationId = "deletePosition", summary = "Delete a position",
        description = "Deletes a position; nothing refers to one.")
    @DeleteMapping("/positions/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id, ExpectedVersion expected) {
        positions.delete(id, expected);
    }

    @Operation(operationId = "getKeyIssuePositions", summary = "Get each side's stance on a key issue over time",
        description = "Every side that took a position on the key issue, by side code, each with its current position and its history, "
            + "oldest first. At most the latest 500 positions on the issue.")
    @GetMapping("/key-issues/{keyIssueId}/positions")
    KeyIssuePositionsResponse onKeyIssue(@PathVariable UUID keyIssueId) {
        return positions.onKeyIssue(keyIssueId);
    }

    @Operation(operationId = "getPositionHistory", summary = "The history of a position",
        description = "Every revision of a position, oldest first: who made it, when, for which request, and the whole record as that revision "
            + "left it, the statements that show it included. A deleted record keeps its history, which ends with its deletion.")
    @GetMapping("/positions/{id}/history")
    PageResponse<RevisionResponse> history(@PathVariable UUID id, @SortableBy(value = "revision", defaultSort = "revision") Pageable pageable) {
        return PageResponse.of(history.of(Position.HISTORY, id, pageable));
    }
}
