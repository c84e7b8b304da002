package org.parley.talk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.OrderColumn;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.envers.Audited;

/** A delegation's seat at a round, in one role. */
@Entity
@Audited
@Table(name = "talk_participants")
class Participation {

    static final int MAX_MEMBERS = 50;

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "talk_id")
    private Talk talk;

    private UUID delegationId;

    @Enumerated(EnumType.STRING)
    private ParticipantRole role;

    // the talk's version moves with every change of its seats, so the collection need not move it again
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "talk_participant_members", joinColumns = @JoinColumn(name = "participation_id"))
    @OrderColumn(name = "ordinal")
    private List<RoundMember> members = new ArrayList<>();

    protected Participation() {
    }

    Participation(Talk talk, UUID delegationId, ParticipantRole role) {
        this.talk = talk;
        this.delegationId = delegationId;
        this.role = role;
    }

    UUID getDelegationId() {
        return delegationId;
    }

    ParticipantRole getRole() {
        return role;
    }

    void changeRole(ParticipantRole role) {
        this.role = role;
    }

    void seatMembers(List<RoundMember> members) {
        this.members.clear();
        this.members.addAll(members);
    }

    List<RoundMember> getMembers() {
        return Collections.unmodifiableList(members);
    }
}
