package org.parley.talk;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

/** A session of a round names a delegation that does not sit at it. */
public class NotSeated extends RuleViolation {

    NotSeated(UUID delegationId, UUID talkId) {
        super(Rule.DELEGATION_NOT_AT_TALK, "Delegation %s does not take part in talk %s; seat it there first".formatted(delegationId, talkId));
    }
}
