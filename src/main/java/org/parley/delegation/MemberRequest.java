package org.parley.delegation;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record MemberRequest(
    @Schema(description = "Only inside a delegation's member list: the id of an existing member to keep")
    UUID id,
    @Schema(example = "Kirill Dmitriev") @NotBlank @Size(max = 200) String fullName,
    @Schema(example = "Special Presidential Representative") @Size(max = 300) String position,
    @Schema(description = "Whether this member heads the delegation; at most one does", defaultValue = "false")
    Boolean head) {

    MemberRequest {
        head = Boolean.TRUE.equals(head);
    }
}
