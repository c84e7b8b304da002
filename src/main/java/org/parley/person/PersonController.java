package org.parley.person;

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
@Tag(name = "People", description = "Negotiators and speakers, with the many spellings of their names")
@RequestMapping("/api/v1/people")
class PersonController {

    private final PersonService people;

    private final MergePatch mergePatch;

    private final RecordHistory history;

    PersonController(PersonService people, MergePatch mergePatch, RecordHistory history) {
        this.history = history;
        this.people = people;
        this.mergePatch = mergePatch;
    }

    @Operation(operationId = "listPeople", summary = "List people",
        description = "Pages through people by name; filter by part of the name or of an alias (any case: zelenskiy finds Zelenskyy) "
            + "by a side they served, or by the time of the last change. A filter given several values matches any of them.")
    @GetMapping
    PageResponse<PersonResponse> list(@RequestParam(required = false) @Size(max = 200) String name,
                                      @RequestParam(required = false) @Size(max = MAX_VALUES) List<@Pattern(regexp = "^[A-Z]{2,10}$", message = "must be 2 to 10 capital letters, e.g. UKR") String> side,
                                      @RequestParam(required = false) Instant updatedSince,
                                      @SortableBy(value = { "name", "createdAt", "updatedAt" }, defaultSort = "name") Pageable pageable) {
        return PageResponse.of(people.list(new PersonFilter(name, side, updatedSince), pageable));
    }

    @Operation(operationId = "createPerson", summary = "Record a person",
        description = "Records a person with the other spellings of their name and the sides they served.")
    @PostMapping
    ResponseEntity<PersonResponse> create(@Valid @RequestBody PersonRequest request) {
        PersonResponse created = people.create(request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getPerson", summary = "Get a person",
        description = "A person. Answers 304 while If-None-Match names their current ETag.")
    @GetMapping("/{id}")
    PersonResponse get(@PathVariable UUID id) {
        return people.get(id);
    }

    @Operation(operationId = "replacePerson", summary = "Replace a person",
        description = "Replaces a person's name, aliases and affiliations.")
    @PutMapping("/{id}")
    PersonResponse replace(@PathVariable UUID id, ExpectedVersion expected, @Valid @RequestBody PersonRequest request) {
        return people.update(id, expected, current -> request);
    }

    @Operation(operationId = "patchPerson", summary = "Change some fields of a person (JSON Merge Patch)",
        description = "Changes the fields named in a JSON Merge Patch; an array given replaces the whole array.")
    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    PersonResponse patch(@PathVariable UUID id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        return people.update(id, expected, current -> mergePatch.apply(patch, current, PersonRequest.class));
    }

    @Conflicts(Rule.STILL_REFERENCED)
    @Operation(operationId = "deletePerson", summary = "Delete a person",
        description = "Deletes a person whom no delegation member or statement names any more.")
    @DeleteMapping("/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id, ExpectedVersion expected) {
        people.delete(id, expected);
    }

    @Operation(operationId = "getPersonHistory", summary = "The history of a person",
        description = "Every revision of a person, oldest first: who made it, when, for which request, and the whole record as that revision "
            + "left it, aliases and affiliations included. A deleted record keeps its history, which ends with its deletion.")
    @GetMapping("/{id}/history")
    PageResponse<RevisionResponse> history(@PathVariable UUID id, @SortableBy(value = "revision", defaultSort = "revision") Pageable pageable) {
        return PageResponse.of(history.of(Person.HISTORY, id, pageable));
    }
}
