package org.parley.delegation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parley.database.Write;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.InvalidInput;
import org.parley.domain.NotFound;
import org.parley.domain.References;
import org.parley.person.PersonService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class DelegationService {

    private final DelegationRepository delegations;

    private final PersonService people;

    private final ApplicationEventPublisher events;

    DelegationService(DelegationRepository delegations, PersonService people, ApplicationEventPublisher events) {
        this.delegations = delegations;
        this.people = people;
        this.events = events;
    }

    Page<DelegationResponse> list(String party, Pageable pageable) {
        return delegations.findByParty(party, pageable).map(DelegationResponse::of);
    }

    DelegationResponse get(UUID id) {
        return DelegationResponse.of(find(id));
    }

    @Write
    DelegationResponse create(DelegationRequest request) {
        Delegation delegation = new Delegation(request.name(), request.party(), request.partyCode());
        requirePeople(request.members());
        if (request.members() != null) {
            if (request.members().stream().anyMatch(m -> m.id() != null)) {
                throw new InvalidInput("members", "a new delegation's members cannot carry ids");
            }
            delegation.replaceMembers(request.members());
        }
        return DelegationResponse.of(delegations.saveAndFlush(delegation));
    }

    /** Replaces or patches: {@code change} turns the delegation's current request form into the wanted one. */
    @Write
    DelegationResponse update(UUID id, ExpectedVersion expected, UnaryOperator<DelegationRequest> change) {
        Delegation delegation = checked(id, expected);
        DelegationRequest request = change.apply(DelegationRequest.of(delegation));
        if (!request.party().equalsIgnoreCase(delegation.getParty())) {
            events.publishEvent(new DelegationPartyChange(id, request.party()));
        }
        delegation.describe(request.name(), request.party(), request.partyCode());
        requirePeople(request.members());
        if (request.members() != null) {
            delegation.replaceMembers(request.members());
        }
        delegations.flush();
        return DelegationResponse.of(delegation);
    }

    @Write
    void delete(UUID id, ExpectedVersion expected) {
        Delegation delegation = checked(id, expected);
        References references = new References("Delegation " + id);
        events.publishEvent(new DelegationRemoval(id, references));
        references.requireNone();
        delegations.delete(delegation);
    }

    List<MemberResponse> members(UUID delegationId) {
        Delegation delegation = find(delegationId);
        return delegation.getMembers().stream().map(member -> MemberResponse.of(member, delegation)).toList();
    }

    MemberResponse member(UUID delegationId, UUID memberId) {
        Delegation delegation = find(delegationId);
        return MemberResponse.of(delegation.member(memberId), delegation);
    }

    @Write
    MemberResponse addMember(UUID delegationId, ExpectedVersion expected, MemberRequest request) {
        Delegation delegation = checked(delegationId, expected);
        requirePeople(List.of(request));
        Member member = delegation.addMember(request.details());
        delegations.flush();
        return MemberResponse.of(member, delegation);
    }

    @Write
    MemberResponse replaceMember(UUID delegationId, UUID memberId, ExpectedVersion expected, MemberRequest request) {
        Delegation delegation = checked(delegationId, expected);
        requirePeople(List.of(request));
        Member member = delegation.updateMember(memberId, request.details());
        delegations.flush();
        return MemberResponse.of(member, delegation);
    }

    @Write
    void removeMember(UUID delegationId, UUID memberId, ExpectedVersion expected) {
        checked(delegationId, expected).removeMember(memberId);
    }

    /** The delegation with this id, or {@link NotFound}. */
    public DelegationSummary require(UUID id) {
        return summaries(List.of(id)).values().stream().findFirst().orElseThrow(() -> new NotFound("Delegation", id));
    }

    /** The ids of the delegations that speak for a side (their partyCode), in one query. */
    public List<UUID> idsOfSide(String side) {
        return delegations.findIdsBySide(side);
    }

    /** Summaries of those of the given delegations that exist, in one query. */
    public Map<UUID, DelegationSummary> summaries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return delegations.findSummaries(ids).stream().collect(Collectors.toMap(DelegationSummary::id, Function.identity()));
    }

    private void requirePeople(List<MemberRequest> members) {
        if (members != null) {
            people.requireAll(members.stream().map(MemberRequest::personId).toList());
        }
    }

    /** The delegation to change, locked until the transaction ends so that writes of it queue, and checked against If-Match. */
    private Delegation checked(UUID id, ExpectedVersion expected) {
        Delegation delegation = delegations.findLockedById(id).orElseThrow(() -> new NotFound("Delegation", id));
        expected.check(delegation);
        return delegation;
    }

    private Delegation find(UUID id) {
        return delegations.findOneById(id).orElseThrow(() -> new NotFound("Delegation", id));
    }
}
