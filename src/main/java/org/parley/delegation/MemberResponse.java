package org.parley.delegation;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.web.Versioned;

/**
 * Part of a delegation; its ETag is the delegation's version, which is also what If-Match on its writes is checked
 * against, so a read-then-write round trip works on the part alone.
 */
record MemberResponse(UUID id, @Schema(example = "Kirill Dmitriev") String fullName, @Schema(nullable = true) String position,
                      boolean head, @Schema(nullable = true) UUID personId, @JsonIgnore long version) implements Versioned {

    static MemberResponse of(Member member, Delegation delegation) {
        return new MemberResponse(member.getId(), member.getFullName(), member.getPosition(), member.isHead(), member.getPersonId(), delegation.getVersion());
    }
}
