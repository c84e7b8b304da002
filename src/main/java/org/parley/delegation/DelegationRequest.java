package org.parley.delegation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@JsonIgnoreProperties({ "id", "version", "createdAt", "updatedAt" })
record DelegationRequest(
    @Schema(example = "US negotiating team") @NotBlank @Size(max = 200) String name,
    @Schema(example = "United States") @NotBlank @Size(max = 200) String party,
    @Schema(example = "USA") @Size(max = 10) @Pattern(regexp = "^[A-Z]{2,10}$", message = "must be 2 to 10 capital letters, e.g. an ISO 3166-1 alpha-3 code such as UKR or a short code such as EU")
    String partyCode,
    @Schema(description = "On create, the initial members. On replace, the complete member list: members with an id are kept and updated, "
        + "members without one are added, the rest are removed. Leave it out to keep the members as they are.",
        example = "[{\"fullName\": \"Steve Witkoff\", \"position\": \"Special Envoy of the US President\", \"head\": true}, "
            + "{\"fullName\": \"Jared Kushner\", \"position\": \"Adviser to the US President\", \"head\": false}]")
    @Size(max = Delegation.MAX_MEMBERS) List<@Valid @NotNull MemberRequest> members) {

    DelegationRequest {
        // "Russia " and "Russia" are one side, which the mediator rule of a talk relies on
        party = party == null ? null : party.strip();
        name = name == null ? null : name.strip();
    }

    static DelegationRequest of(Delegation delegation) {
        return new DelegationRequest(delegation.getName(), delegation.getParty(), delegation.getPartyCode(),
            delegation.getMembers().stream().map(m -> new MemberRequest(m.getId(), m.getFullName(), m.getPosition(), m.isHead(), m.getPersonId())).toList());
    }
}
