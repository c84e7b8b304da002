package org.parley.delegation;

import java.util.UUID;

record MemberResponse(UUID id, String fullName, String position, boolean head) {

    static MemberResponse of(Member member) {
        return new MemberResponse(member.getId(), member.getFullName(), member.getPosition(), member.isHead());
    }
}
