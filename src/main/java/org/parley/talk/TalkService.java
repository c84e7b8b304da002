package org.parley.talk;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.parley.change.ChangeFeed;
import org.parley.change.ChangedResource;
import org.parley.change.ResourceType;
import org.parley.delegation.DelegationService;
import org.parley.delegation.DelegationSummary;
import org.parley.database.Exports;
import org.parley.database.IdPages;
import org.parley.database.TextSearch;
import org.parley.database.Write;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.NotFound;
import org.parley.domain.References;
import org.parley.domain.RowSink;
import org.parley.domain.TextHit;
import org.parley.domain.Upserted;
import org.parley.keyissue.KeyIssueService;
import org.parley.keyissue.KeyIssueSummary;
import org.parley.person.PersonService;
import org.parley.process.ProcessService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.data.domain.Limit;

@Service
@Transactional(readOnly = true)
public class TalkService {

    /** The most changes of one agenda item shown, oldest first; far more than any round has seen. */
    static final int MAX_AGENDA_CHANGES = 1000;

    private final TalkRepository talks;

    private final DelegationService delegations;

    private final KeyIssueService keyIssues;

    private final ProcessService processes;

    private final PersonService people;

    private final ApplicationEventPublisher events;

    private final ChangeFeed changes;

    private final TextSearch textSearch;

    private final TalkHits hits;

    private final Exports exports;

    private final TalkExport rows;

    private final TalkReads reads;

    private final IdPages idPages;

    TalkService(TalkRepository talks, DelegationService delegations, KeyIssueService keyIssues, ProcessService processes,
                PersonService people, ApplicationEventPublisher events, ChangeFeed changes, TextSearch textSearch,
                TalkHits hits, Exports exports, TalkExport rows, TalkReads reads, IdPages idPages) {
        this.reads = reads;
        this.idPages = idPages;
        this.exports = exports;
        this.rows = rows;
        this.changes = changes;
        this.textSearch = textSearch;
        this.hits = hits;
        this.talks = talks;
        this.delegations = delegations;
        this.keyIssues = keyIssues;
        this.processes = processes;
        this.people = people;
        this.events = events;
    }

    Page<TalkResponse> list(TalkFilter filter, Pageable pageable) {
        Page<UUID> ids = idPages.find(Talk.class, specification(filter, pageable.getSort()), pageable);
        return new PageImpl<>(reads.find(ids.getContent()), pageable, ids.getTotalElements());
    }


    /**
     * The talks best matching a search ({@link TextSearch#tsQuery}), at most {@code limit}, with how many match
     * in all; only those of the processes, when some are named.
     */
    public TextHit.Hits search(String tsQuery, Collection<UUID> processIds, int limit) {
        return hits.find(tsQuery, processIds, limit);
    }

    /** Every talk the filter selects, in the order of {@code sort}, to the sink a batch at a time, from one snapshot. */
    void export(TalkFilter filter, Sort sort, RowSink sink) {
        exports.allowLongReads();
        sink.columns(List.of(TalkExport.COLUMNS.split(",")));
        exports.forEachBatch(Talk.class, specification(filter, sort), sort, ids -> rows.write(ids, sink));
    }

    private Specification<Talk> specification(TalkFilter filter, Sort sort) {
        return filter.toSpecification(talks::findFoldedCountryNames, textSearch::tsQuery, sort);
    }

    // one statement, which PostgreSQL reads from one snapshot: a transaction around it would only add round trips
    @Transactional(propagation = Propagation.SUPPORTS)
    TalkResponse get(UUID id) {
        return reads.find(id).orElseThrow(() -> new NotFound("Talk", id));
    }

    @Write
    TalkResponse create(TalkRequest request) {
        TalkStatus status = request.status() == null ? TalkStatus.PLANNED : request.status();
        requireProcess(request);
        Talk talk = talks.saveAndFlush(new Talk(request.details(), request.format(), status));
        changes.created(changed(talk), talk);
        return response(talk);
    }

    /** Replaces or patches: {@code change} turns the talk's current request form into the wanted one. */
    @Write
    TalkResponse update(UUID id, ExpectedVersion expected, UnaryOperator<TalkRequest> change) {
        Talk talk = checked(id, expected);
        ChangeFeed.Snapshot before = changes.before(TalkRequest.of(talk));
        TalkRequest request = change.apply(TalkRequest.of(talk));
        requireProcess(request);
        talk.describe(request.details());
        talk.changeFormat(request.format());
        if (request.status() != null) {
            talk.moveTo(request.status());
        }
        talks.flush();
        changes.updated(changed(talk), talk, before, TalkRequest.of(talk));
        return response(talk);
    }

    @Write
    void delete(UUID id, ExpectedVersion expected) {
        Talk talk = checked(id, expected);
        References references = new References("Talk " + id);
        events.publishEvent(new TalkRemoval(id, references));
        references.requireNone();
        talks.delete(talk);
        // the parts go with the round; a follower of them learns it from each one's own deletion
        talk.getParticipants().forEach(seat -> changes.deleted(changedPart(ResourceType.PARTICIPANT, talk, seat.getDelegationId()), talk));
        talk.getAgenda().forEach(item -> changes.deleted(changedPart(ResourceType.AGENDA_ITEM, talk, item.getKeyIssueId()), talk));
        talk.getSessions().forEach(session -> changes.deleted(changedPart(ResourceType.SESSION, talk, session.getId()), talk));
        talk.getTabledDocuments().forEach(tabled -> changes.deleted(changedPart(ResourceType.TABLED_DOCUMENT, talk, tabled.getDocumentId()), talk));
        changes.deleted(changed(talk), talk);
    }

    ParticipantResponse participant(UUID talkId, UUID delegationId) {
        Talk talk = find(talkId);
        Participation seat = talk.participation(delegationId).orElseThrow(() -> new NotFound("Participant of talk " + talkId, delegationId));
        return participantResponse(seat, delegations.require(delegationId), talk);
    }

    AgendaItemResponse agendaItem(UUID talkId, UUID keyIssueId) {
        Talk talk = find(talkId);
        AgendaItem item = talk.agendaItem(keyIssueId).orElseThrow(() -> new NotFound("Agenda item of talk " + talkId, keyIssueId));
        return new AgendaItemResponse(keyIssueId, keyIssues.requireAll(List.of(keyIssueId)).get(keyIssueId).name(), item.getStatus(),
            item.getNote(), talk.getVersion());
    }

    /** Every change of where a key issue stood at a round, oldest first, including after it was taken off. */
    List<AgendaChangeResponse> agendaHistory(UUID talkId, UUID keyIssueId) {
        requireExists(talkId);
        return talks.findAgendaChanges(talkId, keyIssueId, Limit.of(MAX_AGENDA_CHANGES)).stream()
            .map(AgendaChangeResponse::of).toList();
    }

    /**
     * Seats a delegation or changes its role. A put of the seat as it already is succeeds whatever
     * If-Match says (RFC 9110, 13.1.1): two clients putting the same seat at once both get what they asked for.
     */
    @Write
    Upserted<ParticipantResponse> seat(UUID talkId, UUID delegationId, ExpectedVersion expected, ParticipantRequest request) {
        Talk talk = toChange(talkId);
        DelegationSummary delegation = delegations.require(delegationId);
        List<RoundMember> members = request.roundMembers();
        if (members != null) {
            people.requireAll(members.stream().map(RoundMember::personId).toList());
        }
        if (talk.seats(delegationId, request.role(), members)) {
            return new Upserted<>(participantResponse(talk.participation(delegationId).orElseThrow(), delegation, talk), false);
        }
        expected.check(talk);
        ChangeFeed.Snapshot before = changes.before(talk.participation(delegationId).map(SeatState::of).orElse(null));
        Map<UUID, DelegationSummary> seated = delegations.summaries(
            talk.getParticipants().stream().map(Participation::getDelegationId).toList());
        boolean created = talk.seat(delegation, request.role(), members, seated);
        talks.flush();
        ChangedResource changedSeat = changedPart(ResourceType.PARTICIPANT, talk, delegationId);
        if (created || changes.updated(changedSeat, talk, before, SeatState.of(talk.participation(delegationId).orElseThrow()))) {
            if (created) {
                changes.created(changedSeat, talk);
            }
            changes.updated(changed(talk), talk, "participants");
        }
        return new Upserted<>(participantResponse(talk.participation(delegationId).orElseThrow(), delegation, talk), created);
    }

    private ParticipantResponse participantResponse(Participation seat, DelegationSummary delegation, Talk talk) {
        Map<UUID, String> names = people.names(seat.getMembers().stream().map(RoundMember::personId).toList());
        return new ParticipantResponse(delegation.id(), delegation.name(), seat.getRole(), members(seat, names), talk.getVersion());
    }

    // the head first, then in the order given
    private static List<ParticipantResponse.RoundMemberResponse> members(Participation seat, Map<UUID, String> names) {
        return seat.getMembers().stream()
            .sorted(Comparator.comparing(RoundMember::head).reversed())
            .map(m -> new ParticipantResponse.RoundMemberResponse(m.personId(), names.get(m.personId()), m.position(), m.head()))
            .toList();
    }

    @Write
    void unseat(UUID talkId, UUID delegationId, ExpectedVersion expected) {
        Talk talk = checked(talkId, expected);
        talk.participation(delegationId).ifPresent(seat -> {
            References references = new References("Delegation %s at talk %s".formatted(delegationId, talkId));
            events.publishEvent(new ParticipantWithdrawal(talkId, delegationId, references));
            references.requireNone();
        });
        talk.unseat(delegationId);
        changes.deleted(changedPart(ResourceType.PARTICIPANT, talk, delegationId), talk);
        changes.updated(changed(talk), talk, "participants");
    }

    /** Records where a key issue stands at a round; like a seat, a put of the item as it already is always succeeds. */
    @Write
    Upserted<AgendaItemResponse> putOnAgenda(UUID talkId, UUID keyIssueId, ExpectedVersion expected, AgendaItemRequest request) {
        Talk talk = toChange(talkId);
        KeyIssueSummary keyIssue = keyIssues.requireAll(List.of(keyIssueId)).get(keyIssueId);
        if (talk.holdsOnAgenda(keyIssueId, request.status(), request.note())) {
            return new Upserted<>(new AgendaItemResponse(keyIssueId, keyIssue.name(), request.status(), request.note(), talk.getVersion()),
                false);
        }
        expected.check(talk);
        ChangeFeed.Snapshot before = changes.before(talk.agendaItem(keyIssueId).map(a -> new AgendaItemRequest(a.getStatus(), a.getNote())).orElse(null));
        boolean created = talk.putOnAgenda(keyIssueId, request.status(), request.note());
        talks.flush();
        ChangedResource changedItem = changedPart(ResourceType.AGENDA_ITEM, talk, keyIssueId);
        if (created || changes.updated(changedItem, talk, before, request)) {
            if (created) {
                changes.created(changedItem, talk);
            }
            changes.updated(changed(talk), talk, "agenda");
        }
        return new Upserted<>(new AgendaItemResponse(keyIssueId, keyIssue.name(), request.status(), request.note(), talk.getVersion()), created);
    }

    @Write
    void takeOffAgenda(UUID talkId, UUID keyIssueId, ExpectedVersion expected) {
        Talk talk = checked(talkId, expected);
        talk.takeOffAgenda(keyIssueId);
        changes.deleted(changedPart(ResourceType.AGENDA_ITEM, talk, keyIssueId), talk);
        changes.updated(changed(talk), talk, "agenda");
    }

    /** The meetings inside a round, in the order they were held. */
    List<SessionResponse> sessions(UUID talkId) {
        Talk talk = find(talkId);
        Map<UUID, DelegationSummary> names = delegations.summaries(talk.getParticipants().stream().map(Participation::getDelegationId).toList());
        return talk.getSessions().stream().map(session -> sessionResponse(session, names, talk)).toList();
    }

    SessionResponse session(UUID talkId, UUID sessionId) {
        Talk talk = find(talkId);
        return sessionResponse(talk.session(sessionId), talk);
    }

    @Write
    SessionResponse holdSession(UUID talkId, ExpectedVersion expected, SessionRequest request) {
        Talk talk = checked(talkId, expected);
        TalkSession session = talk.holdSession(request.details());
        talks.flush();
        changes.created(changedPart(ResourceType.SESSION, talk, session.getId()), talk);
        return sessionResponse(session, talk);
    }

    @Write
    SessionResponse reviseSession(UUID talkId, UUID sessionId, ExpectedVersion expected, SessionRequest request) {
        Talk talk = toChange(talkId);
        if (talk.session(sessionId).isDescribedAs(request.details())) {
            return sessionResponse(talk.session(sessionId), talk);
        }
        expected.check(talk);
        ChangeFeed.Snapshot before = changes.before(SessionState.of(talk.session(sessionId)));
        TalkSession session = talk.reviseSession(sessionId, request.details());
        talks.flush();
        changes.updated(changedPart(ResourceType.SESSION, talk, sessionId), talk, before, SessionState.of(session));
        return sessionResponse(session, talk);
    }

    @Write
    void cancelSession(UUID talkId, UUID sessionId, ExpectedVersion expected) {
        Talk talk = checked(talkId, expected);
        talk.cancelSession(sessionId);
        changes.deleted(changedPart(ResourceType.SESSION, talk, sessionId), talk);
    }

    private SessionResponse sessionResponse(TalkSession session, Talk talk) {
        return sessionResponse(session, delegations.summaries(session.getParticipants()), talk);
    }

    private static SessionResponse sessionResponse(TalkSession session, Map<UUID, DelegationSummary> names, Talk talk) {
        return new SessionResponse(session.getId(), session.getHeldOn(), session.getStartsAt(), session.getPlace(),
            session.getParticipants().stream().map(names::get).sorted(Comparator.comparing(DelegationSummary::name))
                .map(d -> new SessionResponse.SessionParticipant(d.id(), d.name())).toList(),
            session.getNote(), talk.getVersion());
    }

    /** The ids of the delegations at a talk; {@link NotFound} if there is no such talk. */
    public Set<UUID> participantsOf(UUID talkId) {
        return find(talkId).getParticipants().stream().map(Participation::getDelegationId).collect(Collectors.toSet());
    }

    /** The ids of the talks that belong to any of the processes, in one query. */
    public List<UUID> idsInProcesses(Collection<UUID> processIds) {
        return talks.findIdsByProcessIds(processIds);
    }

    /** Where a key issue stood at the first 1000 rounds that had it on the agenda, in date order; one query. */
    public List<AgendaEntry> agendaEntriesOn(UUID keyIssueId, UUID processId) {
        return talks.findAgendaEntriesOn(keyIssueId, processId);
    }

    /** The agenda of each of the given rounds, by round, in one query; a round with an empty agenda is absent. */
    public Map<UUID, List<AgendaEntry>> agendasOf(Collection<UUID> talkIds) {
        return talks.findAgendaEntriesAt(talkIds).stream().collect(Collectors.groupingBy(AgendaEntry::talkId));
    }

    /** A round's summary: what it is called, its process and dates. */
    public RoundSummary round(UUID talkId) {
        Talk talk = find(talkId);
        return new RoundSummary(talk.getId(), talk.getTitle(), talk.getProcessId(), talk.getStartDate(), talk.getEndDate(), talk.getStatus());
    }

    /** The round of the same process that started last before this one, if the round has a process and a start. */
    public Optional<UUID> previousRound(RoundSummary round) {
        if (round.processId() == null || round.startDate() == null) {
            return Optional.empty();
        }
        return talks.findRoundBefore(round.processId(), round.startDate()).stream().findFirst();
    }

    /** {@link NotFound} unless the talk exists. */
    public void requireExists(UUID talkId) {
        if (!talks.existsById(talkId)) {
            throw new NotFound("Talk", talkId);
        }
    }

    private void requireProcess(TalkRequest request) {
        if (request.processId() != null) {
            processes.requireExists(request.processId());
        }
    }

    static ChangedResource changed(Talk talk) {
        return ChangedResource.talk(talk.getId(), talk.getProcessId());
    }

    static ChangedResource changedPart(ResourceType type, Talk talk, UUID id) {
        return ChangedResource.partOfTalk(type, talk.getId(), id, talk.getProcessId());
    }

    /** What a client reads of a seat, as the change feed compares it. */
    private record SeatState(ParticipantRole role, List<RoundMember> members) {

        static SeatState of(Participation seat) {
            return new SeatState(seat.getRole(), List.copyOf(seat.getMembers()));
        }
    }

    /** What a client reads of a session, under the names the API gives it. */
    private record SessionState(LocalDate date, LocalTime time, String place, List<UUID> participants, String note) {

        static SessionState of(TalkSession session) {
            return new SessionState(session.getHeldOn(), session.getStartsAt(), session.getPlace(),
                session.getParticipants().stream().sorted().toList(), session.getNote());
        }
    }

    /** The talk to change, checked against If-Match. */
    private Talk checked(UUID id, ExpectedVersion expected) {
        Talk talk = toChange(id);
        expected.check(talk);
        return talk;
    }

    /**
     * The talk a write will change, locked until the transaction ends: writes of one round, its
     * participants and agenda included, queue rather than race, and each sees what the one before it left.
     */
    private Talk toChange(UUID id) {
        return talks.findLockedById(id).orElseThrow(() -> new NotFound("Talk", id));
    }

    private Talk find(UUID id) {
        return talks.findOneById(id).orElseThrow(() -> new NotFound("Talk", id));
    }

    /** The talk as the API answers with it, written as it stands in this transaction. */
    private TalkResponse response(Talk talk) {
        return reads.find(talk.getId()).orElseThrow();
    }
}
