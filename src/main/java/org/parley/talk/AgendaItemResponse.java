package org.parley.talk;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

/**
 * Part of a talk; its ETag is the talk's version, which is also what If-Match on its writes is checked
 * against, so a read-then-write round trip works on the part alone.
 */
record AgendaItemResponse(UUID keyIssueId, @Schema(example = "Zaporizhzhia Nuclear Power Plant") String name, AgendaStatus status,
                          @Schema(nullable = true) String note, @JsonIgnore long version) implements Versioned {
}
