package org.parley.talk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.UuidGenerator;
import org.hibernate.envers.Audited;

/**
 * One meeting inside a round: on a day, perhaps at an hour and a place, between some of its
 * participants. A proximity round is often a string of them ("with Ukraine's team the day before").
 */
@Entity
@Audited
@Table(name = "talk_sessions")
class TalkSession {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "talk_id")
    private Talk talk;

    private LocalDate heldOn;

    private LocalTime startsAt;

    private String place;

    private String note;

    // the talk's version moves with every change of its sessions
    @ElementCollection
    @OptimisticLock(excluded = true)
    @CollectionTable(name = "talk_session_participants", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "delegation_id")
    private Set<UUID> participants = new LinkedHashSet<>();

    protected TalkSession() {
    }

    TalkSession(Talk talk, Details details) {
        this.talk = talk;
        describe(details);
    }

    void describe(Details details) {
        this.heldOn = details.heldOn();
        this.startsAt = details.startsAt();
        this.place = details.place();
        this.note = details.note();
        this.participants.retainAll(details.participants());
        this.participants.addAll(details.participants());
    }

    boolean isDescribedAs(Details details) {
        return details.equals(new Details(heldOn, startsAt, place, note, Set.copyOf(participants)));
    }

    UUID getId() {
        return id;
    }

    LocalDate getHeldOn() {
        return heldOn;
    }

    LocalTime getStartsAt() {
        return startsAt;
    }

    String getPlace() {
        return place;
    }

    String getNote() {
        return note;
    }

    Set<UUID> getParticipants() {
        return Collections.unmodifiableSet(participants);
    }

    record Details(LocalDate heldOn, LocalTime startsAt, String place, String note, Set<UUID> participants) {
    }
}
