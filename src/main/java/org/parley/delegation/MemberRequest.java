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
    Boolean head) {

    MemberRequest {
        head = Boolean.TRUE.equals(head);
    }
}
