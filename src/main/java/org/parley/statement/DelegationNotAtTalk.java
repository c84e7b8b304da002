package org.parley.statement;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class DelegationNotAtTalk extends RuleViolation {

    DelegationNotAtTalk(UUID delegationId, UUID talkId) {
        super(Rule.DELEGATION_NOT_AT_TALK, "Delegation %s does not take part in talk %s; seat it there first, or leave out talkId or delegationId"
            .formatted(delegationId, talkId));
    }
}
