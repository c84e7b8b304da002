package org.parley.delegation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parley.change.ChangeFeed;
import org.parley.change.ChangedResource;
import org.parley.change.ResourceType;
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

    private final ChangeFeed changes;

    DelegationService(DelegationRepository delegations, PersonService people, ApplicationEventPublisher events, ChangeFeed changes) {
        this.changes = changes;
        this.delegations = delegations;
        this.people = people;
        this.events = events;
    }

    Page<DelegationResponse> list(DelegationFilter filter, Pageable pageable) {
        return delegations.findAll(filter.toSpecification(), pageable).map(DelegationResponse::of);
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
        delegation = delegations.saveAndFlush(delegation);
        changes.created(changed(delegation), delegation);
        recordMemberChanges(delegation, Map.of());
        return DelegationResponse.of(delegation);
    }

    /** Replaces or patches: {@code change} turns the delegation's current request form into the wanted one. */
    @Write
    DelegationResponse update(UUID id, ExpectedVersion expected, UnaryOperator<DelegationRequest> change) {
        Delegation delegation = checked(id, expected);
        ChangeFeed.Snapshot before = changes.before(DelegationResponse.of(delegation));
        Map<UUID, ChangeFeed.Snapshot> membersBefore = new HashMap<>();
        delegation.getMembers().forEach(member -> membersBefore.put(member.getId(), changes.before(MemberResponse.of(member, delegation))));
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
        changes.updated(changed(delegation), delegation, before, DelegationResponse.of(delegation));
        recordMemberChanges(delegation, membersBefore);
        return DelegationResponse.of(delegation);
    }

    @Write
    void delete(UUID id, ExpectedVersion expected) {
        Delegation delegation = checked(id, expected);
        References references = new References("Delegation " + id);
        events.publishEvent(new DelegationRemoval(id, references));
        references.requireNone();
        delegations.delete(delegation);
        // the members go with their delegation; a follower of them learns it from each one's own deletion
        delegation.getMembers().forEach(member -> changes.deleted(changed(delegation, member.getId()), delegation));
        changes.deleted(changed(delegation), delegation);
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
        changes.created(changed(delegation, member.getId()), delegation);
        changes.updated(changed(delegation), delegation, "members");
        return MemberResponse.of(member, delegation);
    }

    @Write
    MemberResponse replaceMember(UUID delegationId, UUID memberId, ExpectedVersion expected, MemberRequest request) {
        Delegation delegation = checked(delegationId, expected);
        requirePeople(List.of(request));
        ChangeFeed.Snapshot before = changes.before(MemberResponse.of(delegation.member(memberId), delegation));
        Member member = delegation.updateMember(memberId, request.details());
        delegations.flush();
        if (changes.updated(changed(delegation, memberId), delegation, before, MemberResponse.of(member, delegation))) {
            changes.updated(changed(delegation), delegation, "members");
        }
        return MemberResponse.of(member, delegation);
    }

    @Write
    void removeMember(UUID delegationId, UUID memberId, ExpectedVersion expected) {
        Delegation delegation = checked(delegationId, expected);
        delegation.removeMember(memberId);
        changes.deleted(changed(delegation, memberId), delegation);
        changes.updated(changed(delegation), delegation, "members");
    }

    /** The delegation with this id, or {@link NotFound}. */
    public DelegationSummary require(UUID id) {
        return summaries(List.of(id)).values().stream().findFirst().orElseThrow(() -> new NotFound("Delegation", id));
    }

    /** The ids of the delegations that speak for any of the sides (their partyCode), in one query. */
    public List<UUID> idsOfSides(Collection<String> sides) {
        return delegations.findIdsBySides(sides);
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

    /** A replacement of the member list, told to the change feed member by member. */
    private void recordMemberChanges(Delegation delegation, Map<UUID, ChangeFeed.Snapshot> before) {
        Set<UUID> remaining = new HashSet<>(before.keySet());
        for (Member member : delegation.getMembers()) {
            ChangeFeed.Snapshot was = before.get(member.getId());
            remaining.remove(member.getId());
            if (was == null) {
                changes.created(changed(delegation, member.getId()), delegation);
            }
            else {
                changes.updated(changed(delegation, member.getId()), delegation, was, MemberResponse.of(member, delegation));
            }
        }
        remaining.stream().sorted().forEach(id -> changes.deleted(changed(delegation, id), delegation));
    }

    private static ChangedResource changed(Delegation delegation) {
        return ChangedResource.of(ResourceType.DELEGATION, delegation.getId());
    }

    private static ChangedResource changed(Delegation delegation, UUID memberId) {
        return ChangedResource.partOf(ResourceType.MEMBER, delegation.getId(), memberId);
    }
}
