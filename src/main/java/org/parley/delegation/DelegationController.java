package org.parley.delegation;

import java.util.List;
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
@RequestMapping("/api/v1/delegations")
class DelegationController {

    private final DelegationService delegations;

    DelegationController(DelegationService delegations) {
        this.delegations = delegations;
    }

    @GetMapping
    PageResponse<DelegationResponse> list(@RequestParam(required = false) String party,
                                          @SortableBy(value = { "name", "party", "createdAt" }, defaultSort = "name") Pageable pageable) {
        return PageResponse.of(delegations.list(party, pageable));
    }

    @PostMapping
    ResponseEntity<DelegationResponse> create(@Valid @RequestBody DelegationRequest request) {
        DelegationResponse created = delegations.create(request);
        return Created.at(created.id(), created);
    }

    @GetMapping("/{id}")
    DelegationResponse get(@PathVariable UUID id) {
        return delegations.get(id);
    }

    @PutMapping("/{id}")
    DelegationResponse replace(@PathVariable UUID id, @Valid @RequestBody DelegationRequest request) {
        return delegations.replace(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id) {
        delegations.delete(id);
    }

    @GetMapping("/{id}/members")
    List<MemberResponse> members(@PathVariable UUID id) {
        return delegations.members(id);
    }

    @PostMapping("/{id}/members")
    ResponseEntity<MemberResponse> addMember(@PathVariable UUID id, @Valid @RequestBody MemberRequest request) {
        MemberResponse created = delegations.addMember(id, request);
        return Created.at(created.id(), created);
    }

    @GetMapping("/{id}/members/{memberId}")
    MemberResponse member(@PathVariable UUID id, @PathVariable UUID memberId) {
        return delegations.member(id, memberId);
    }

    @PutMapping("/{id}/members/{memberId}")
    MemberResponse replaceMember(@PathVariable UUID id, @PathVariable UUID memberId, @Valid @RequestBody MemberRequest request) {
        return delegations.replaceMember(id, memberId, request);
    }

    @DeleteMapping("/{id}/members/{memberId}")
    @ResponseStatus(NO_CONTENT)
    void removeMember(@PathVariable UUID id, @PathVariable UUID memberId) {
        delegations.removeMember(id, memberId);
    }
}
