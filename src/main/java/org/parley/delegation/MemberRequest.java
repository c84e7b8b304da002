package org.parley.delegation;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record MemberRequest(
    @Schema(description = "Only inside a delegation's member list: the id of an existing member to keep")
    UUID id,
    @Schema(example = "Jared Kushner") @NotBlank @Size(max = 200) String fullName,
    @Schema(example = "Adviser to the US President") @Size(max = 300) String position,
    @Schema(description = "Whether this member heads the delegation; at most one does", defaultValue = "false", example = "false")
    Boolean head,
    @Schema(description = "The person this member is, if recorded under /people", example = "12121212-0000-7000-8000-000000000001")
    UUID personId) {

    MemberRequest {
        head = Boolean.TRUE.equals(head);
    }

    Member.Details details() {
        return new Member.Details(fullName, position, head, personId);
    }
}
