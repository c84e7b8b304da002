package org.parley.delegation;

import java.util.List;
import java.time.Instant;
import java.util.UUID;

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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
@Tag(name = "Delegations", description = "Delegations to negotiation rounds and their members")
@RequestMapping("/api/v1/delegations")
class DelegationController {

    private final DelegationService delegations;

    private final MergePatch mergePatch;

    private final RecordHistory history;

    DelegationController(DelegationService delegations, MergePatch mergePatch, RecordHistory history) {
        this.history = history;
        this.delegations = delegations;
        this.mergePatch = mergePatch;
    }

    @Operation(operationId = "listDelegations", summary = "List delegations",
        description = "Pages through delegations by name; filter by party (any case) or the time of the last change. A filter given several values matches any of them.")
    @GetMapping
    PageResponse<DelegationResponse> list(@RequestParam(required = false) @Size(max = MAX_VALUES) List<@Size(max = 200) String> party,
                                          @RequestParam(required = false) Instant updatedSince,
                                          @SortableBy(value = { "name", "party", "createdAt", "updatedAt" }, defaultSort = "name") Pageable pageable) {
        return PageResponse.of(delegations.list(new DelegationFilter(party, updatedSince), pageable));
    }

    @Conflicts(Rule.DELEGATION_HEAD_TAKEN)
    @Operation(operationId = "createDelegation", summary = "Create a delegation",
        description = "Records a delegation, optionally with its members; at most one member heads it.")
    @PostMapping
    ResponseEntity<DelegationResponse> create(@Valid @RequestBody DelegationRequest request) {
        DelegationResponse created = delegations.create(request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getDelegation", summary = "Get a delegation",
        description = "A delegation with its members. Answers 304 while If-None-Match names its current ETag.")
    @GetMapping("/{id}")
    DelegationResponse get(@PathVariable UUID id) {
        return delegations.get(id);
    }

    @Conflicts({Rule.DELEGATION_HEAD_TAKEN, Rule.MEDIATOR_IS_PARTY})
    @Operation(operationId = "replaceDelegation", summary = "Replace a delegation",
        description = "Replaces name, party and party code; a members list, if given, becomes the complete member list (members with an id are kept).")
    @PutMapping("/{id}")
    DelegationResponse replace(@PathVariable UUID id, ExpectedVersion expected, @Valid @RequestBody DelegationRequest request) {
        return delegations.update(id, expected, current -> request);
    }

    @Conflicts({Rule.DELEGATION_HEAD_TAKEN, Rule.MEDIATOR_IS_PARTY})
    @Operation(operationId = "patchDelegation", summary = "Change some fields of a delegation (JSON Merge Patch)",
        description = "Changes the fields named in a JSON Merge Patch, under the same rules as a replacement.")
    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    DelegationResponse patch(@PathVariable UUID id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        return delegations.update(id, expected, current -> mergePatch.apply(patch, current, DelegationRequest.class));
    }

    @Conflicts(Rule.STILL_REFERENCED)
    @Operation(operationId = "deleteDelegation", summary = "Delete a delegation",
        description = "Deletes a delegation that no talk participation or statement refers to any more.")
    @DeleteMapping("/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id, ExpectedVersion expected) {
        delegations.delete(id, expected);
    }

    @Operation(operationId = "listDelegationMembers", summary = "List the members of a delegation",
        description = "The members of a delegation, its head first.")
    @ApiResponse(responseCode = "200", description = "The members, the head first",
        content = @Content(array = @ArraySchema(maxItems = Delegation.MAX_MEMBERS, schema = @Schema(implementation = MemberResponse.class))))
    @GetMapping("/{id}/members")
    List<MemberResponse> members(@PathVariable UUID id) {
        return delegations.members(id);
    }

    @Conflicts({Rule.DELEGATION_HEAD_TAKEN, Rule.DELEGATION_FULL})
    @Operation(operationId = "addDelegationMember", summary = "Add a member to a delegation",
        description = "Adds a member; a second head is refused. If-Match takes the delegation's ETag.")
    @PostMapping("/{id}/members")
    ResponseEntity<MemberResponse> addMember(@PathVariable UUID id, ExpectedVersion expected,
                                             @Valid @RequestBody MemberRequest request) {
        MemberResponse created = delegations.addMember(id, expected, request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getDelegationMember", summary = "Get a member of a delegation",
        description = "One member of a delegation.")
    @GetMapping("/{id}/members/{memberId}")
    MemberResponse member(@PathVariable UUID id, @PathVariable UUID memberId) {
        return delegations.member(id, memberId);
    }

    @Conflicts(Rule.DELEGATION_HEAD_TAKEN)
    @Operation(operationId = "replaceDelegationMember", summary = "Replace a member of a delegation",
        description = "Replaces a member's name, position and head flag. If-Match takes the delegation's ETag.")
    @PutMapping("/{id}/members/{memberId}")
    MemberResponse replaceMember(@PathVariable UUID id, @PathVariable UUID memberId, ExpectedVersion expected,
                                 @Valid @RequestBody MemberRequest request) {
        return delegations.replaceMember(id, memberId, expected, request);
    }

    @Operation(operationId = "deleteDelegationMember", summary = "Remove a member from a delegation",
        description = "Removes a member from a delegation. If-Match takes the delegation's ETag.")
    @DeleteMapping("/{id}/members/{memberId}")
    @ResponseStatus(NO_CONTENT)
    void removeMember(@PathVariable UUID id, @PathVariable UUID memberId, ExpectedVersion expected) {
        delegations.removeMember(id, memberId, expected);
    }

    @Operation(operationId = "getDelegationHistory", summary = "The history of a delegation",
        description = "Every revision of a delegation, oldest first: who made it, when, for which request, and the whole record as that revision "
            + "left it, its members included. A deleted record keeps its history, which ends with its deletion.")
    @GetMapping("/{id}/history")
    PageResponse<RevisionResponse> history(@PathVariable UUID id, @SortableBy(value = "revision", defaultSort = "revision") Pageable pageable) {
        return PageResponse.of(history.of(Delegation.HISTORY, id, pageable));
    }
}
