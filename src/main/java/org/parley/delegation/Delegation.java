package org.parley.delegation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.parley.domain.AggregateRoot;
import org.parley.domain.InvalidInput;
import org.parley.domain.NotFound;
import org.parley.history.RecordShape;

import static org.parley.history.RecordShape.Part.rows;

@Entity
@Audited
@Table(name = "delegations")
class Delegation extends AggregateRoot {

    /** Where its history is kept, and that of the parts it holds. */
    static final RecordShape HISTORY = RecordShape.of("Delegation", "delegations", rows("members", "delegation_members", "delegation_id").orderedBy("head desc", "full_name"));

    static final int MAX_MEMBERS = 200;

    private static final Comparator<Member> HEAD_FIRST_THEN_BY_NAME = Comparator.comparing(Member::isHead).reversed()
        .thenComparing(Member::getFullName);

    private String name;

    private String party;

    private String partyCode;

    @OneToMany(mappedBy = "delegation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Member> members = new ArrayList<>();

    protected Delegation() {
    }

    Delegation(String name, String party, String partyCode) {
        describe(name, party, partyCode);
    }

    @Override
    public String kind() {
        return "Delegation";
    }

    void describe(String name, String party, String partyCode) {
        this.name = name;
        this.party = party;
        this.partyCode = partyCode;
    }

    Member addMember(Member.Details details) {
        if (details.head()) {
            requireNoOtherHead(null);
        }
        if (members.size() >= MAX_MEMBERS) {
            throw new DelegationFull(getId(), MAX_MEMBERS);
        }
        Member member = new Member(this, details);
        members.add(member);
        touch();
        return member;
    }

    Member updateMember(UUID memberId, Member.Details details) {
        Member member = member(memberId);
        if (details.head()) {
            requireNoOtherHead(member);
        }
        // a replacement that changes nothing keeps the delegation's version
        if (!member.isDescribedAs(details)) {
            member.describe(details);
            touch();
        }
        return member;
    }

    void removeMember(UUID memberId) {
        members.remove(member(memberId));
        touch();
    }

    /**
     * Makes the member list exactly {@code wanted}: listed ids are updated in place and keep their
     * identity, entries without an id are added, members not listed are removed.
     */
    void replaceMembers(List<MemberRequest> wanted) {
        if (wanted.stream().map(MemberRequest::id).filter(java.util.Objects::nonNull).distinct().count()
            != wanted.stream().map(MemberRequest::id).filter(java.util.Objects::nonNull).count()) {
            throw new InvalidInput("members", "lists a member id twice");
        }
        List<MemberRequest> heads = wanted.stream().filter(MemberRequest::head).toList();
        if (heads.size() > 1) {
            throw DelegationHeadTaken.twice(getId(), heads.get(0).fullName(), heads.get(1).fullName());
        }
        if (unchangedBy(wanted)) {
            return;
        }
        Map<UUID, Member> current = new HashMap<>();
        members.forEach(m -> current.put(m.getId(), m));
        List<Member> next = new ArrayList<>();
        for (MemberRequest request : wanted) {
            if (request.id() == null) {
                next.add(new Member(this, request.details()));
                continue;
            }
            Member kept = current.remove(request.id());
            if (kept == null) {
                throw new NotFound("Member of delegation " + getId(), request.id());
            }
            kept.describe(request.details());
            next.add(kept);
        }
        members.clear();
        members.addAll(next);
        touch();
    }

    // a replacement listing every member as it is changes nothing, and so keeps the version
    private boolean unchangedBy(List<MemberRequest> wanted) {
        if (wanted.size() != members.size()) {
            return false;
        }
        Map<UUID, MemberRequest> byId = new HashMap<>();
        wanted.stream().filter(m -> m.id() != null).forEach(m -> byId.put(m.id(), m));
        return members.stream().allMatch(m -> {
            MemberRequest request = byId.get(m.getId());
            return request != null && m.isDescribedAs(request.details());
        });
    }

    Member member(UUID memberId) {
        return members.stream()
            .filter(m -> m.getId().equals(memberId))
            .findFirst()
            .orElseThrow(() -> new NotFound("Member of delegation " + getId(), memberId));
    }

    private void requireNoOtherHead(Member except) {
        members.stream()
            .filter(m -> m.isHead() && m != except)
            .findFirst()
            .ifPresent(head -> {
                throw DelegationHeadTaken.by(getId(), head.getFullName());
            });
    }

    String getName() {
        return name;
    }

    String getParty() {
        return party;
    }

    String getPartyCode() {
        return partyCode;
    }

    /** The head first, then the others by name, however the list was built. */
    List<Member> getMembers() {
        return members.stream().sorted(HEAD_FIRST_THEN_BY_NAME).toList();
    }
}
