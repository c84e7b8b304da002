package org.parley.talk;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class RoundHeadTaken extends RuleViolation {

    RoundHeadTaken(UUID talkId, UUID delegationId) {
        super(Rule.ROUND_HEAD_TAKEN, "Delegation %s can have one head at talk %s, not two; mark one member as head"
            .formatted(delegationId, talkId));
    }
}
