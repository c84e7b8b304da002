package org.parley.delegation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

record DelegationResponse(
    UUID id,
    @Schema(example = "Russian delegation") String name,
    @Schema(example = "Russia") String party,
    @Schema(nullable = true) String partyCode,
    List<MemberResponse> members,
    long version,
    Instant createdAt,
    Instant updatedAt) implements Versioned {

    static DelegationResponse of(Delegation delegation) {
        return new DelegationResponse(delegation.getId(), delegation.getName(), delegation.getParty(), delegation.getPartyCode(),
            delegation.getMembers().stream().map(member -> MemberResponse.of(member, delegation)).toList(),
            delegation.getVersion(), delegation.getCreatedAt(), delegation.getUpdatedAt());
    }
}
