package org.parley.delegation;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;
import org.parley.domain.ExpectedVersion;
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

import static org.springframework.http.HttpStatus.NO_CONTENT;

@RestController
@Tag(name = "Delegations", description = "Delegations to negotiation rounds and their members")
@RequestMapping("/api/v1/delegations")
class DelegationController {

    private final DelegationService delegations;

    private final MergePatch mergePatch;

    DelegationController(DelegationService delegations, MergePatch mergePatch) {
        this.delegations = delegations;
        this.mergePatch = mergePatch;
    }

    @Operation(operationId = "listDelegations", summary = "List delegations")
    @GetMapping
    PageResponse<DelegationResponse> list(@RequestParam(required = false) String party,
                                          @SortableBy(value = { "name", "party", "createdAt" }, defaultSort = "name") Pageable pageable) {
        return PageResponse.of(delegations.list(party, pageable));
    }

    @Operation(operationId = "createDelegation", summary = "Create a delegation")
    @PostMapping
    ResponseEntity<DelegationResponse> create(@Valid @RequestBody DelegationRequest request) {
        DelegationResponse created = delegations.create(request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getDelegation", summary = "Get a delegation")
    @GetMapping("/{id}")
    DelegationResponse get(@PathVariable UUID id) {
        return delegations.get(id);
    }

    @Operation(operationId = "replaceDelegation", summary = "Replace a delegation")
    @PutMapping("/{id}")
    DelegationResponse replace(@PathVariable UUID id, ExpectedVersion expected, @Valid @RequestBody DelegationRequest request) {
        return delegations.update(id, expected, current -> request);
    }

    @Operation(operationId = "patchDelegation", summary = "Change some fields of a delegation (JSON Merge Patch)")
    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    DelegationResponse patch(@PathVariable UUID id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        return delegations.update(id, expected, current -> mergePatch.apply(patch, current, DelegationRequest.class));
    }

    @Operation(operationId = "deleteDelegation", summary = "Delete a delegation")
    @DeleteMapping("/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id, ExpectedVersion expected) {
        delegations.delete(id, expected);
    }

    @Operation(operationId = "listDelegationMembers", summary = "List the members of a delegation")
    @GetMapping("/{id}/members")
    List<MemberResponse> members(@PathVariable UUID id) {
        return delegations.members(id);
    }

    @Operation(operationId = "addDelegationMember", summary = "Add a member to a delegation")
    @PostMapping("/{id}/members")
    ResponseEntity<MemberResponse> addMember(@PathVariable UUID id, ExpectedVersion expected,
                                             @Valid @RequestBody MemberRequest request) {
        MemberResponse created = delegations.addMember(id, expected, request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getDelegationMember", summary = "Get a member of a delegation")
    @GetMapping("/{id}/members/{memberId}")
    MemberResponse member(@PathVariable UUID id, @PathVariable UUID memberId) {
        return delegations.member(id, memberId);
    }

    @Operation(operationId = "replaceDelegationMember", summary = "Replace a member of a delegation")
    @PutMapping("/{id}/members/{memberId}")
    MemberResponse replaceMember(@PathVariable UUID id, @PathVariable UUID memberId, ExpectedVersion expected,
                                 @Valid @RequestBody MemberRequest request) {
        return delegations.replaceMember(id, memberId, expected, request);
    }

    @Operation(operationId = "deleteDelegationMember", summary = "Remove a member from a delegation")
    @DeleteMapping("/{id}/members/{memberId}")
    @ResponseStatus(NO_CONTENT)
    void removeMember(@PathVariable UUID id, @PathVariable UUID memberId, ExpectedVersion expected) {
        delegations.removeMember(id, memberId, expected);
    }
}
