package org.parley.talk;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.UuidGenerator;

/** A delegation's seat at a round, in one role. */
@Entity
@Table(name = "talk_participants")
class Participation {

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
}
