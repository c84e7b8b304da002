package org.parley.talk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.envers.Audited;
import org.parley.delegation.DelegationSummary;
import org.parley.domain.AggregateRoot;
import org.parley.domain.InvalidInput;
import org.parley.domain.NotFound;
import org.parley.domain.References;
import org.parley.history.RecordShape;

import static org.parley.history.RecordShape.Part.list;
import static org.parley.history.RecordShape.Part.rows;
import static org.parley.history.RecordShape.Part.values;

/** One negotiation round, with who sat at it and where each key issue stood. */
@Entity
@Audited
@Table(name = "talks")
class Talk extends AggregateRoot {

    /** Where its history is kept, and that of the parts it holds. */
    static final RecordShape HISTORY = RecordShape.of("Talk", "talks",
        rows("participants", "talk_participants", "talk_id", list("members", "talk_participant_members", "participation_id", "ordinal"))
            .orderedBy("role", "id"),
        rows("agenda", "talk_agenda_items", "talk_id"),
        rows("agendaChanges", "talk_agenda_changes", "talk_id").orderedBy("changed_at", "id"),
        rows("sessions", "talk_sessions", "talk_id", values("participants", "talk_session_participants", "session_id"))
            .orderedBy("held_on", "starts_at", "id"),
        rows("tabledDocuments", "talk_documents", "talk_id"));

    static final int MAX_PARTICIPANTS = 50;

    static final int MAX_AGENDA_ITEMS = 100;

    static final int MAX_SESSIONS = 100;

    static final int MAX_TABLED_DOCUMENTS = 50;

    private String title;

    private String city;

    private String country;

    private String venue;

    private LocalDate startDate;

    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private TalkFormat format;

    @Enumerated(EnumType.STRING)
    private TalkStatus status;

    private String summary;

    private String expectedWhen;

    private UUID processId;

    @OneToMany(mappedBy = "talk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("role, id")
    private List<Participation> participants = new ArrayList<>();

    @OneToMany(mappedBy = "talk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<AgendaItem> agenda = new ArrayList<>();

    @OneToMany(mappedBy = "talk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("heldOn, startsAt, id")
    private List<TalkSession> sessions = new ArrayList<>();

    // only ever added to, and never read through the talk: adding to this bag does not load it
    @OneToMany(mappedBy = "talk", cascade = CascadeType.PERSIST)
    private List<AgendaChange> agendaChanges = new ArrayList<>();

    // read only through the round's own document endpoints, never with the talk, so that no talk list loads it
    @OneToMany(mappedBy = "talk", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<TabledDocument> tabledDocuments = new ArrayList<>();

    protected Talk() {
    }

    /** A round may be recorded after the fact, so it may start in any status. */
    Talk(Details details, TalkFormat format, TalkStatus status) {
        this.format = format;
        this.status = status;
        describe(details);
    }

    @Override
    public String kind() {
        return "Talk";
    }

    /** New details, which a round that sits or has sat must give in full: its dates and place. */
    void describe(Details details) {
        if (details.endDate() != null && details.startDate() == null) {
            throw new InvalidInput("startDate", "is required when endDate is given");
        }
        if (details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            throw new InvalidInput("endDate", "must be on or after startDate (" + details.startDate() + ")");
        }
        if (status.hasSat() && !details.datedAndPlaced()) {
            throw new OpenDatesOutsidePlanning(getId(), status);
        }
        this.title = details.title();
        this.city = details.city();
        this.country = details.country();
        this.venue = details.venue();
        this.startDate = details.startDate();
        this.endDate = details.endDate();
        this.summary = details.summary();
        this.expectedWhen = details.expectedWhen();
        this.processId = details.processId();
    }

    void changeFormat(TalkFormat format) {
        long parties = participants.stream().filter(p -> p.getRole() == ParticipantRole.PARTY).count();
        if (parties > format.maxParties()) {
            throw new ParticipantLimitExceeded(getId(), format, parties);
        }
        this.format = format;
    }

    void moveTo(TalkStatus target) {
        if (target == status) {
            return;
        }
        if (!status.canMoveTo(target)) {
            throw new IllegalStatusTransition(getId(), status, target);
        }
        if (target.hasSat() && !details().datedAndPlaced()) {
            throw new OpenDatesOutsidePlanning(getId(), target);
        }
        if (!target.allowsAgreement() && agenda.stream().anyMatch(item -> item.getStatus() == AgendaStatus.AGREED)) {
            throw AgreementOutsideSession.onMove(getId(), target);
        }
        status = target;
    }

    /**
     * Seats a delegation in a role, or changes the role of one already seated: a delegation is at a
     * round at most once.
     *
     * @param seated summaries of the delegations already at the table, to tell whose side each is on
     * @return whether the delegation was newly seated
     */
    boolean seat(DelegationSummary delegation, ParticipantRole role, Map<UUID, DelegationSummary> seated) {
        return seat(delegation, role, null, seated);
    }

    /**
     * Seats a delegation in a role with the people who sat for it at this round, or changes either.
     *
     * @param members who sat for the delegation here; null keeps those recorded
     * @return whether the delegation was newly seated
     */
    boolean seat(DelegationSummary delegation, ParticipantRole role, List<RoundMember> members, Map<UUID, DelegationSummary> seated) {
        if (members != null) {
            requireOneHeadAndEachPersonOnce(delegation.id(), members);
        }
        if (seats(delegation.id(), role, members)) {
            return false;
        }
        Optional<Participation> existing = participation(delegation.id());
        List<Participation> others = participants.stream().filter(p -> !p.getDelegationId().equals(delegation.id())).toList();
        if (role == ParticipantRole.PARTY) {
            long parties = others.stream().filter(p -> p.getRole() == ParticipantRole.PARTY).count() + 1;
            if (parties > format.maxParties()) {
                throw new ParticipantLimitExceeded(getId(), format, parties);
            }
        }
        requireSidesApart(delegation, role, seated);
        if (existing.isEmpty() && participants.size() >= MAX_PARTICIPANTS) {
            throw new ParticipantLimitExceeded(getId(), MAX_PARTICIPANTS);
        }
        touch();
        Participation seat = existing.orElseGet(() -> new Participation(this, delegation.id(), role));
        seat.changeRole(role);
        if (members != null) {
            seat.seatMembers(members);
        }
        if (existing.isPresent()) {
            return false;
        }
        participants.add(seat);
        return true;
    }

    private void requireOneHeadAndEachPersonOnce(UUID delegationId, List<RoundMember> members) {
        if (members.stream().filter(RoundMember::head).count() > 1) {
            throw new RoundHeadTaken(getId(), delegationId);
        }
        Set<UUID> people = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            if (!people.add(members.get(i).personId())) {
                throw new InvalidInput("members[" + i + "].personId", "names a person already sitting for the delegation here");
            }
        }
    }

    /** A mediator's side cannot also sit as a party, whichever of the two arrives, or changes side, last. */
    void requireSidesApart(DelegationSummary delegation, ParticipantRole role, Map<UUID, DelegationSummary> seated) {
        ParticipantRole opposite = role == ParticipantRole.PARTY ? ParticipantRole.MEDIATOR
            : role == ParticipantRole.MEDIATOR ? ParticipantRole.PARTY : null;
        if (opposite == null) {
            return;
        }
        participants.stream()
            .filter(p -> p.getRole() == opposite && !p.getDelegationId().equals(delegation.id()))
            .map(p -> seated.get(p.getDelegationId()))
            .filter(other -> other != null && other.party().strip().equalsIgnoreCase(delegation.party().strip()))
            .findFirst()
            .ifPresent(other -> {
                throw new MediatorIsParty(getId(), delegation.party());
            });
    }

    void unseat(UUID delegationId) {
        Participation seat = participation(delegationId).orElseThrow(() -> new NotFound("Participant of talk " + getId(), delegationId));
        References references = new References("Delegation %s at talk %s".formatted(delegationId, getId()));
        references.add(sessions.stream().filter(s -> s.getParticipants().contains(delegationId)).count(), "session of the round",
            "sessions of the round");
        references.requireNone();
        participants.remove(seat);
        touch();
    }

    /** Records a meeting of some of the round's participants. */
    TalkSession holdSession(TalkSession.Details details) {
        requireSeated(details);
        if (sessions.size() >= MAX_SESSIONS) {
            throw new SessionsFull(getId(), MAX_SESSIONS);
        }
        TalkSession session = new TalkSession(this, details);
        sessions.add(session);
        touch();
        return session;
    }

    /** Redescribes a meeting; a description that changes nothing keeps the round's version. */
    TalkSession reviseSession(UUID sessionId, TalkSession.Details details) {
        TalkSession session = session(sessionId);
        requireSeated(details);
        if (!session.isDescribedAs(details)) {
            session.describe(details);
            touch();
        }
        return session;
    }

    void cancelSession(UUID sessionId) {
        sessions.remove(session(sessionId));
        touch();
    }

    TalkSession session(UUID sessionId) {
        return sessions.stream().filter(s -> s.getId().equals(sessionId)).findFirst()
            .orElseThrow(() -> new NotFound("Session of talk " + getId(), sessionId));
    }

    List<TalkSession> getSessions() {
        return Collections.unmodifiableList(sessions);
    }

    private void requireSeated(TalkSession.Details details) {
        details.participants().stream().sorted().filter(id -> participation(id).isEmpty()).findFirst().ifPresent(absent -> {
            throw new NotSeated(absent, getId());
        });
    }

    /**
     * Records where a key issue stands at this round, or updates it.
     *
     * @return whether the key issue was newly put on the agenda
     */
    boolean putOnAgenda(UUID keyIssueId, AgendaStatus agendaStatus, String note) {
        if (agendaStatus == AgendaStatus.AGREED && !status.allowsAgreement()) {
            throw AgreementOutsideSession.onAgenda(getId(), status);
        }
        if (holdsOnAgenda(keyIssueId, agendaStatus, note)) {
            return false;
        }
        Optional<AgendaItem> existing = agendaItem(keyIssueId);
        if (existing.isEmpty() && agenda.size() >= MAX_AGENDA_ITEMS) {
            throw new AgendaFull(getId(), MAX_AGENDA_ITEMS);
        }
        touch();
        agendaChanges.add(new AgendaChange(this, keyIssueId, existing.map(AgendaItem::getStatus).orElse(null),
            existing.map(AgendaItem::getNote).orElse(null), agendaStatus, note));
        if (existing.isPresent()) {
            existing.get().record(agendaStatus, note);
            return false;
        }
        agenda.add(new AgendaItem(this, keyIssueId, agendaStatus, note));
        return true;
    }

    void takeOffAgenda(UUID keyIssueId) {
        AgendaItem item = agendaItem(keyIssueId).orElseThrow(() -> new NotFound("Agenda item of talk " + getId(), keyIssueId));
        agenda.remove(item);
        agendaChanges.add(new AgendaChange(this, keyIssueId, item.getStatus(), item.getNote(), null, null));
        touch();
    }

    /**
     * Records that a document was on the table at this round, with the version discussed if known, or
     * updates what was recorded.
     *
     * @param versionId a version of that document, as the caller has checked; null if not known
     * @return whether the document was newly tabled
     */
    boolean putOnTable(UUID documentId, UUID versionId, String note) {
        if (holdsOnTable(documentId, versionId, note)) {
            return false;
        }
        Optional<TabledDocument> existing = tabledDocument(documentId);
        if (existing.isEmpty() && tabledDocuments.size() >= MAX_TABLED_DOCUMENTS) {
            throw new TabledDocumentsFull(getId(), MAX_TABLED_DOCUMENTS);
        }
        touch();
        if (existing.isPresent()) {
            existing.get().record(versionId, note);
            return false;
        }
        tabledDocuments.add(new TabledDocument(this, documentId, versionId, note));
        return true;
    }

    void takeOffTable(UUID documentId) {
        tabledDocuments.remove(tabledDocument(documentId).orElseThrow(() -> new NotFound("Tabled document of talk " + getId(), documentId)));
        touch();
    }

    /** Whether the document is already on the table with this version and note. */
    boolean holdsOnTable(UUID documentId, UUID versionId, String note) {
        return tabledDocument(documentId)
            .filter(tabled -> Objects.equals(tabled.getVersionId(), versionId) && Objects.equals(tabled.getNote(), note)).isPresent();
    }

    Optional<TabledDocument> tabledDocument(UUID documentId) {
        return tabledDocuments.stream().filter(d -> d.getDocumentId().equals(documentId)).findFirst();
    }

    List<TabledDocument> getTabledDocuments() {
        return Collections.unmodifiableList(tabledDocuments);
    }

    /** Whether the delegation already sits at this round in this role. */
    boolean seats(UUID delegationId, ParticipantRole role) {
        return seats(delegationId, role, null);
    }

    /** Whether the delegation already sits at this round in this role, with these members unless they are null. */
    boolean seats(UUID delegationId, ParticipantRole role, List<RoundMember> members) {
        return participation(delegationId)
            .filter(seat -> seat.getRole() == role && (members == null || seat.getMembers().equals(members)))
            .isPresent();
    }

    /** Whether the key issue already stands on the agenda with this status and note. */
    boolean holdsOnAgenda(UUID keyIssueId, AgendaStatus agendaStatus, String note) {
        return agendaItem(keyIssueId).filter(item -> item.getStatus() == agendaStatus && Objects.equals(item.getNote(), note)).isPresent();
    }

    Optional<Participation> participation(UUID delegationId) {
        return participants.stream().filter(p -> p.getDelegationId().equals(delegationId)).findFirst();
    }

    Optional<AgendaItem> agendaItem(UUID keyIssueId) {
        return agenda.stream().filter(a -> a.getKeyIssueId().equals(keyIssueId)).findFirst();
    }

    Details details() {
        return new Details(title, city, country, venue, startDate, endDate, summary, expectedWhen, processId);
    }

    String getTitle() {
        return title;
    }

    String getCity() {
        return city;
    }

    String getCountry() {
        return country;
    }

    String getVenue() {
        return venue;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getEndDate() {
        return endDate;
    }

    TalkFormat getFormat() {
        return format;
    }

    TalkStatus getStatus() {
        return status;
    }

    String getSummary() {
        return summary;
    }

    String getExpectedWhen() {
        return expectedWhen;
    }

    UUID getProcessId() {
        return processId;
    }

    List<Participation> getParticipants() {
        return Collections.unmodifiableList(participants);
    }

    List<AgendaItem> getAgenda() {
        return Collections.unmodifiableList(agenda);
    }

    /**
     * What describes a round apart from its format and status, which move only under rules. A round not
     * yet held may leave its dates and place open, and say in words when it is expected.
     */
    record Details(String title, String city, String country, String venue, LocalDate startDate, LocalDate endDate,
                   String summary, String expectedWhen, UUID processId) {

        boolean datedAndPlaced() {
            return startDate != null && endDate != null && city != null && country != null;
        }
    }
}
