package org.parley.change;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.domain.InvalidInput;
import org.parley.web.Export;
import org.parley.web.Exportable;
import org.parley.web.StreamsFull;
import org.parley.history.Callers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@RestController
@Tag(name = "Changes", description = "What changed, in the order it was committed: a cursor to poll and a stream to follow")
@RequestMapping("/api/v1/changes")
class ChangeController {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final ChangeService changes;

    private final ChangeStreams streams;

    ChangeController(ChangeService changes, ChangeStreams streams) {
        this.changes = changes;
        this.streams = streams;
    }

    @Operation(operationId = "listChanges", summary = "List changes after a cursor",
        description = "Every creation, update and deletion of every record, seats, agenda items, members and versions included, in commit order. "
            + "Sequence numbers have no gaps and never appear out of order, so a client that keeps the last `seq` it saw and asks again with "
            + "`after` misses nothing and sees nothing twice, however many instances write. Filters combine; several `type`s mean any of them.")
    @ApiResponse(responseCode = "200", description = "The changes after the cursor, oldest first",
        headers = @Header(name = HttpHeaders.LINK, description = "The next stretch of the feed (`rel=\"next\"`, RFC 8288)",
            schema = @Schema(type = "string", maxLength = 8000)))
    @GetMapping
    ResponseEntity<ChangesResponse> list(
        @Parameter(description = "The last seq the client has seen; 0 (the default) reads from the start")
        @RequestParam(defaultValue = "0") @Min(0) long after,
        @Parameter(description = "How many changes to answer at most")
        @RequestParam(defaultValue = "" + ChangeService.DEFAULT_LIMIT) @Min(1) @Max(ChangeService.MAX_LIMIT) int limit,
        @Parameter(description = "Only changes of these kinds of record (repeat the parameter for several)")
        @RequestParam(required = false) @Size(max = ChangeFilter.MAX_TYPES) List<ResourceType> type,
        @Parameter(description = "Only changes of this round and of the records inside it (seats, agenda, sessions, tabled documents, statements made there)")
        @RequestParam(required = false) UUID talkId,
        @Parameter(description = "Only changes of records that belonged to this process when they changed")
        @RequestParam(required = false) UUID processId,
        @Exportable(value = "changes", columns = ChangeService.COLUMNS, paging = "limit") Export export) {
        ChangeFilter filter = new ChangeFilter(type, talkId, processId, Callers.identified());
        if (export != null) {
            return export.send(rows -> changes.export(after, filter, rows));
        }
        ChangesResponse page = changes.after(after, filter, limit);
        String next = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("after", page.next()).build().toUriString();
        return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").body(page);
    }

    @Operation(operationId = "streamChanges", summary = "Follow changes as they are committed (Server-Sent Events)",
        description = "The same changes as the list, pushed as they are committed through any instance: one `change` event each, its `id` the seq "
            + "and its data the change as JSON. It starts after `Last-Event-ID` (sent by a reconnecting EventSource), else after `after`, else "
            + "at the end of the feed; so a client that reconnects misses nothing. A comment line is sent whenever the stream has been quiet "
            + "for the heartbeat interval (15 s by default), and a stream ends after 30 minutes, for the client to reconnect.")
    @ApiResponse(responseCode = "200", description = "A stream of `change` events",
        content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(implementation = ChangeResponse.class)))
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
        @Parameter(description = "The last seq the client has seen; without it (and without Last-Event-ID), the stream starts with what is committed next")
        @RequestParam(required = false) @Min(0) Long after,
        @Parameter(description = "Only changes of these kinds of record (repeat the parameter for several)")
        @RequestParam(required = false) @Size(max = ChangeFilter.MAX_TYPES) List<ResourceType> type,
        @Parameter(description = "Only changes of this round and of the records inside it")
        @RequestParam(required = false) UUID talkId,
        @Parameter(description = "Only changes of records that belonged to this process when they changed")
        @RequestParam(required = false) UUID processId,
        @Parameter(description = "The id of the last event received, which EventSource sends when it reconnects; it takes precedence over `after`",
            schema = @Schema(type = "string", pattern = "^[0-9]{1,18}$"))
        @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId) {
        // a reconnecting client says where it was; only a new one needs the end of the feed, which also tells
        // it at once, as a 503, that the database is gone
        long start = lastEventId != null ? cursorIn(lastEventId) : after != null ? after : changes.latest();
        SseEmitter stream = streams.follow(new ChangeFilter(type, talkId, processId, Callers.identified()), start);
        if (stream == null) {
            throw new StreamsFull();
        }
        return stream;
    }

    private static long cursorIn(String lastEventId) {
        if (!lastEventId.matches("[0-9]{1,18}")) {
            throw new InvalidInput(LAST_EVENT_ID, "must be the id of an event of this stream, a sequence number");
        }
        return Long.parseLong(lastEventId);
    }
}
