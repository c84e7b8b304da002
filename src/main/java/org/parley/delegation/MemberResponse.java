package org.parley.delegation;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

record MemberResponse(UUID id, @Schema(example = "Kirill Dmitriev") String fullName, @Schema(nullable = true) String position, boolean head) {

    static MemberResponse of(Member member) {
        return new MemberResponse(member.getId(), member.getFullName(), member.getPosition(), member.isHead());
    }
}
