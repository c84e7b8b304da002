package org.parley.talk;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import org.parley.web.Created;
import org.parley.web.PageResponse;
import org.parley.web.SortableBy;

import org.springframework.data.domain.Pageable;
import org.springframework.format.annotation.DateTimeFormat;
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

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;
import static org.springframework.http.HttpStatus.NO_CONTENT;

@RestController
@RequestMapping("/api/v1/talks")
class TalkController {

    private final TalkService talks;

    TalkController(TalkService talks) {
        this.talks = talks;
    }

    @GetMapping
    PageResponse<TalkResponse> list(@RequestParam(required = false) TalkStatus status,
                                    @RequestParam(required = false) TalkFormat format,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DATE) LocalDate to,
                                    @RequestParam(required = false) UUID delegationId,
                                    @RequestParam(required = false) UUID keyIssueId,
                                    @RequestParam(required = false) String country,
                                    @SortableBy(value = { "startDate", "endDate", "title", "country", "createdAt" },
                                        defaultSort = "startDate,desc") Pageable pageable) {
        TalkFilter filter = new TalkFilter(status, format, from, to, delegationId, keyIssueId, country);
        return PageResponse.of(talks.list(filter, pageable));
    }

    @PostMapping
    ResponseEntity<TalkResponse> create(@Valid @RequestBody TalkRequest request) {
        TalkResponse created = talks.create(request);
        return Created.at(created.id(), created);
    }

    @GetMapping("/{id}")
    TalkResponse get(@PathVariable UUID id) {
        return talks.get(id);
    }

    @PutMapping("/{id}")
    TalkResponse replace(@PathVariable UUID id, @Valid @RequestBody TalkRequest request) {
        return talks.replace(id, request);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(NO_CONTENT)
    void delete(@PathVariable UUID id) {
        talks.delete(id);
    }

    @PutMapping("/{id}/participants/{delegationId}")
    ResponseEntity<ParticipantResponse> seat(@PathVariable UUID id, @PathVariable UUID delegationId,
                                             @Valid @RequestBody ParticipantRequest request) {
        return talks.seat(id, delegationId, request.role()).toResponse();
    }

    @DeleteMapping("/{id}/participants/{delegationId}")
    @ResponseStatus(NO_CONTENT)
    void unseat(@PathVariable UUID id, @PathVariable UUID delegationId) {
        talks.unseat(id, delegationId);
    }

    @PutMapping("/{id}/agenda/{keyIssueId}")
    ResponseEntity<AgendaItemResponse> putOnAgenda(@PathVariable UUID id, @PathVariable UUID keyIssueId,
                                                   @Valid @RequestBody AgendaItemRequest request) {
        return talks.putOnAgenda(id, keyIssueId, request).toResponse();
    }

    @DeleteMapping("/{id}/agenda/{keyIssueId}")
    @ResponseStatus(NO_CONTENT)
    void takeOffAgenda(@PathVariable UUID id, @PathVariable UUID keyIssueId) {
        talks.takeOffAgenda(id, keyIssueId);
    }
}
