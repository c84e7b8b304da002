package org.parley.talk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.parley.history.RecordHistory;
import org.parley.history.RevisionResponse;
import tools.jackson.databind.JsonNode;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.Rule;
import org.parley.domain.TextQuery;
import org.parley.web.CalendarDate;
import org.parley.web.Conflicts;
import org.parley.web.Created;
import org.parley.web.Export;
import org.parley.web.Exportable;
import org.parley.web.MergePatch;
import org.parley.web.PageResponse;
import org.parley.web.SortableBy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
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

import static org.parley.domain.ListFilters.MAX_VALUES;
import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;
import static org.springframework.http.HttpStatus.NO_CONTENT;

@RestController
@Tag(name = "Talks", description = "Negotiation rounds, their participants and their agenda")
@RequestMapping("/api/v1/talks")
class TalkController {

    private final TalkService talks;

    private final MergePatch mergePatch;

    private final RecordHistory history;

    TalkController(TalkService talks, MergePatch mergePatch, RecordHistory history) {
        this.history = history;
        this.talks = talks;
        this.mergePatch = mergePatch;
    }

    @Operation(operationId = "listTalks", summary = "List talks",
        description = "Pages through rounds, newest first; filter by process, status, format, country (any of its names: Turkey or Türkiye; any case or accents), city (any case), a date range they overlap, a participating delegation, a role at the table (with delegationId: a role one of those delegations had), a key issue on their agenda, or the time of the last change. A filter given several values matches any of them. Rounds not yet dated come first. "
            + TextQuery.DESCRIPTION + " It searches the title, the place (city, venue, country) and the summary.")
    @GetMapping
    PageResponse<TalkResponse> list(@RequestParam(required = false) @Size(max = MAX_VALUES) List<TalkStatus> status,
                                    @RequestParam(required = false) @Size(max = MAX_VALUES) List<TalkFormat> format,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DATE) @CalendarDate LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DATE) @CalendarDate LocalDate to,
                                    @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> delegationId,
                                    @RequestParam(required = false) @Size(max = MAX_VALUES) List<ParticipantRole> role,
                                    @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> keyIssueId,
                                    @RequestParam(required = false) @Size(max = MAX_VALUES) List<@Size(max = 200) String> country,
                                    @RequestParam(required = false) @Size(max = MAX_VALUES) List<@Size(max = 200) String> city,
                                    @RequestParam(required = false) @Size(max = MAX_VALUES) List<UUID> processId,
                                    @RequestParam(required = false) Instant updatedSince,
                                    @RequestParam(required = false) @Size(max = TextQuery.MAX_LENGTH) String q,
                                    @SortableBy(value = { "startDate", "endDate", "title", "country", "createdAt", "updatedAt" },
                                        defaultSort = "startDate,desc", searchedBy = "q") Pageable pageable,
                                    @Exportable(value = "talks", columns = TalkExport.COLUMNS) Export export) {
        TalkFilter filter = new TalkFilter(status, format, from, to, delegationId, role, keyIssueId, country, city, processId, updatedSince,
            TextQuery.of(q));
        if (export != null) {
            return export.send(rows -> talks.export(filter, pageable.getSort(), rows));
        }
        return PageResponse.of(talks.list(filter, pageable));
    }

    @Operation(operationId = "createTalk", summary = "Create a talk",
        description = "Records a round, in any status (rounds are often recorded after the fact); it defaults to PLANNED.")
    @PostMapping
    ResponseEntity<TalkResponse> create(@Valid @RequestBody TalkRequest request) {
        TalkResponse created = talks.create(request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getTalk", summary = "Get a talk",
        description = "A round with its participants and agenda. Answers 304 while If-None-Match names its current ETag.")
    @GetMapping("/{id}")
    TalkResponse get(@PathVariable UUID id) {
        return talks.get(id);
    }

    @Conflicts({Rule.ILLEGAL_STATUS_TRANSITION, Rule.PARTICIPANT_LIMIT_EXCEEDED, Rule.AGREEMENT_OUTSIDE_SESSION})
    @Operation(operationId = "replaceTalk", summary = "Replace a talk",
        description = "Replaces a round's details; a status change must be an allowed move, and the format must fit the seated parties.")
    @PutMapping("/{id}")
    TalkResponse replace(@PathVariable UUID id, ExpectedVersion expected, @Valid @RequestBody TalkRequest request) {
        return talks.update(id, expected, current -> request);
    }

    @Conflicts({Rule.ILLEGAL_STATUS_TRANSITION, Rule.PARTICIPANT_LIMIT_EXCEEDED, Rule.AGREEMENT_OUTSIDE_SESSION})
    @Operation(operationId = "patchTalk", summary = "Change some fields of a talk (JSON Merge Patch)",
        description = "Changes the fields named in a JSON Merge Patch, under the same rules as a replacement.")
    @PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
    TalkResponse patch(@PathVariable UUID id, ExpectedVersion expected, @RequestBody JsonNode patch) {
        return talks.update(id, expected, current -> mergePatch.apply(patch, current, TalkRequest.class));
    }

    @Conflicts(Rule.STILL_REFERENCED)
    @Operation(operationId = "deleteTalk", summary = "Delete a talk",
        description = "Deletes a round that no statement refers to any more, with its participants and agenda.")
    @DeleteMapping("/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id, ExpectedVersion expected) {
        talks.delete(id, expected);
    }

    @Conflicts({Rule.PARTICIPANT_LIMIT_EXCEEDED, Rule.MEDIATOR_IS_PARTY, Rule.ROUND_HEAD_TAKEN})
    @Operation(operationId = "putTalkParticipant", summary = "Seat a delegation at a talk, or change its role or who sat for it",
        description = "Seats a delegation at a round in a role, with the people who sat for it there (at most one the head), or changes either: a delegation sits once, a BILATERAL round takes two parties and a TRILATERAL three, and the mediator's side cannot also be a party. If-Match takes the talk's ETag.")
    @PutMapping("/{id}/participants/{delegationId}")
    ResponseEntity<ParticipantResponse> seat(@PathVariable UUID id, @PathVariable UUID delegationId, ExpectedVersion expected,
                                             @Valid @RequestBody ParticipantRequest request) {
        return Created.orReplaced(talks.seat(id, delegationId, expected, request));
    }

    @Operation(operationId = "getTalkParticipant", summary = "Get a delegation's seat at a talk",
        description = "A delegation's role at a round. Its ETag is the talk's; answers 304 while If-None-Match names it.")
    @GetMapping("/{id}/participants/{delegationId}")
    ParticipantResponse participant(@PathVariable UUID id, @PathVariable UUID delegationId) {
        return talks.participant(id, delegationId);
    }

    @Conflicts(Rule.STILL_REFERENCED)
    @Operation(operationId = "deleteTalkParticipant", summary = "Remove a delegation from a talk",
        description = "Removes a delegation from a round, unless statements made for it there, or sessions it took part in, remain. If-Match takes the talk's ETag.")
    @DeleteMapping("/{id}/participants/{delegationId}")
    @ResponseStatus(NO_CONTENT)
    void unseat(@PathVariable UUID id, @PathVariable UUID delegationId, ExpectedVersion expected) {
        talks.unseat(id, delegationId, expected);
    }

    @Conflicts({Rule.AGREEMENT_OUTSIDE_SESSION, Rule.AGENDA_FULL})
    @Operation(operationId = "putTalkAgendaItem", summary = "Put a key issue on the agenda of a talk, or update where it stands",
        description = "Records where a key issue stood at a round; AGREED only at an ONGOING or CONCLUDED round. If-Match takes the talk's ETag.")
    @PutMapping("/{id}/agenda/{keyIssueId}")
    ResponseEntity<AgendaItemResponse> putOnAgenda(@PathVariable UUID id, @PathVariable UUID keyIssueId, ExpectedVersion expected,
                                                   @Valid @RequestBody AgendaItemRequest request) {
        return Created.orReplaced(talks.putOnAgenda(id, keyIssueId, expected, request));
    }

    @Operation(operationId = "getTalkAgendaItem", summary = "Get where a key issue stood at a talk",
        description = "A key issue's standing on a round's agenda. Its ETag is the talk's; answers 304 while If-None-Match names it.")
    @GetMapping("/{id}/agenda/{keyIssueId}")
    AgendaItemResponse agendaItem(@PathVariable UUID id, @PathVariable UUID keyIssueId) {
        return talks.agendaItem(id, keyIssueId);
    }

    @Operation(operationId = "getTalkAgendaItemHistory", summary = "Get how a key issue moved at a talk",
        description = "Every change of a key issue's status or note on a round's agenda, oldest first: put on the agenda, moved, taken off. "
            + "Nothing is overwritten without trace; the history stays after the issue is taken off.")
    @GetMapping("/{id}/agenda/{keyIssueId}/history")
    @ApiResponse(responseCode = "200", description = "The changes, oldest first; at most 1000",
        content = @Content(array = @ArraySchema(maxItems = TalkService.MAX_AGENDA_CHANGES, schema = @Schema(implementation = AgendaChangeResponse.class))))
    List<AgendaChangeResponse> agendaHistory(@PathVariable UUID id, @PathVariable UUID keyIssueId) {
        return talks.agendaHistory(id, keyIssueId);
    }

    @Operation(operationId = "listTalkSessions", summary = "List the sessions of a talk",
        description = "The meetings inside a round, in the order they were held: which participants met, on which day, at what time and where.")
    @GetMapping("/{id}/sessions")
    @ApiResponse(responseCode = "200", description = "The sessions, in the order they were held",
        content = @Content(array = @ArraySchema(maxItems = Talk.MAX_SESSIONS, schema = @Schema(implementation = SessionResponse.class))))
    List<SessionResponse> sessions(@PathVariable UUID id) {
        return talks.sessions(id);
    }

    @Conflicts({Rule.DELEGATION_NOT_AT_TALK, Rule.SESSIONS_FULL})
    @Operation(operationId = "createTalkSession", summary = "Record a session of a talk",
        description = "Records a meeting of some of a round's participants; each must be seated at the round. If-Match, when sent, takes the talk's ETag.")
    @PostMapping("/{id}/sessions")
    ResponseEntity<SessionResponse> holdSession(@PathVariable UUID id, ExpectedVersion expected, @Valid @RequestBody SessionRequest request) {
        SessionResponse created = talks.holdSession(id, expected, request);
        return Created.at(created.id(), created);
    }

    @Operation(operationId = "getTalkSession", summary = "Get a session of a talk",
        description = "A meeting inside a round. Its ETag is the talk's; answers 304 while If-None-Match names it.")
    @GetMapping("/{id}/sessions/{sessionId}")
    SessionResponse session(@PathVariable UUID id, @PathVariable UUID sessionId) {
        return talks.session(id, sessionId);
    }

    @Conflicts(Rule.DELEGATION_NOT_AT_TALK)
    @Operation(operationId = "replaceTalkSession", summary = "Replace a session of a talk",
        description = "Redescribes a meeting inside a round; a put of the session as it is succeeds whatever If-Match says. If-Match takes the talk's ETag.")
    @PutMapping("/{id}/sessions/{sessionId}")
    SessionResponse reviseSession(@PathVariable UUID id, @PathVariable UUID sessionId, ExpectedVersion expected,
                                  @Valid @RequestBody SessionRequest request) {
        return talks.reviseSession(id, sessionId, expected, request);
    }

    @Operation(operationId = "deleteTalkSession", summary = "Delete a session of a talk",
        description = "Deletes a meeting recorded inside a round. If-Match takes the talk's ETag.")
    @DeleteMapping("/{id}/sessions/{sessionId}")
    @ResponseStatus(NO_CONTENT)
    void cancelSession(@PathVariable UUID id, @PathVariable UUID sessionId, ExpectedVersion expected) {
        talks.cancelSession(id, sessionId, expected);
    }

    @Operation(operationId = "deleteTalkAgendaItem", summary = "Take a key issue off the agenda of a talk",
        description = "Takes a key issue off a round's agenda. If-Match takes the talk's ETag.")
    @DeleteMapping("/{id}/agenda/{keyIssueId}")
    @ResponseStatus(NO_CONTENT)
    void takeOffAgenda(@PathVariable UUID id, @PathVariable UUID keyIssueId, ExpectedVersion expected) {
        talks.takeOffAgenda(id, keyIssueId, expected);
    }

    @Operation(operationId = "getTalkHistory", summary = "The history of a talk",
        description = "Every revision of a talk, oldest first: who made it, when, for which request, and the whole record as that revision "
            + "left it, participants with their members, agenda, agenda changes, sessions and tabled documents included. A deleted record keeps its history, which ends with its deletion.")
    @GetMapping("/{id}/history")
    PageResponse<RevisionResponse> history(@PathVariable UUID id, @SortableBy(value = "revision", defaultSort = "revision") Pageable pageable) {
        return PageResponse.of(history.of(Talk.HISTORY, id, pageable));
    }
}
