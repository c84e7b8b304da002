package org.parley.talk;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

/**
 * Part of a talk; its ETag is the talk's version, which is also what If-Match on its writes is checked
 * against, so a read-then-write round trip works on the part alone.
 */
record ParticipantResponse(UUID delegationId, @Schema(example = "Russian delegation") String name, ParticipantRole role,
                           @ArraySchema(maxItems = Participation.MAX_MEMBERS,
                               arraySchema = @Schema(description = "Who sat for the delegation at this round, the head first"))
                           List<RoundMemberResponse> members,
                           @JsonIgnore long version) implements Versioned {

    record RoundMemberResponse(UUID personId, @Schema(example = "Steve Witkoff") String name, @Schema(nullable = true) String position,
                          boolean head) {
    }
}
