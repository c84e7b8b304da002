package org.parley.talk;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record ParticipantRequest(
    @NotNull ParticipantRole role,
    @ArraySchema(arraySchema = @Schema(description = "Who sat for the delegation at this round, whatever its standing roster: people "
        + "recorded under /people, each once, at most one the head. Leave it out to keep those recorded."), maxItems = Participation.MAX_MEMBERS)
    @Size(max = Participation.MAX_MEMBERS) List<@Valid @NotNull RoundMemberRequest> members) {

    record RoundMemberRequest(@Schema(example = "12121212-0000-7000-8000-000000000003") @NotNull UUID personId,
                  @Schema(example = "Special Envoy of the US President") @Size(max = 300) String position,
                  @Schema(description = "Whether this person headed the delegation at this round", defaultValue = "false") Boolean head) {

        RoundMember toRoundMember() {
            return new RoundMember(personId, position, Boolean.TRUE.equals(head));
        }
    }

    /** The members as asked for, or null to keep those recorded. */
    List<RoundMember> roundMembers() {
        return members == null ? null : members.stream().map(RoundMemberRequest::toRoundMember).toList();
    }
}
