package org.parley.statement;

import java.util.UUID;

import org.parley.domain.RuleViolation;

public class DelegationNotAtTalk extends RuleViolation {

    DelegationNotAtTalk(UUID delegationId, UUID talkId) {
        super("Delegation %s does not take part in talk %s; seat it there first, or leave out talkId or delegationId"
            .formatted(delegationId, talkId));
    }

    @Override
    public String rule() {
        return "delegation-not-at-talk";
    }
}
