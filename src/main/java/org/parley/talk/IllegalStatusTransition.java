package org.parley.talk;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class IllegalStatusTransition extends RuleViolation {

    IllegalStatusTransition(UUID talkId, TalkStatus from, TalkStatus to) {
        super(Rule.ILLEGAL_STATUS_TRANSITION, "Talk %s cannot move from %s to %s; %s".formatted(talkId, from, to,
            from.next().isEmpty() ? from + " is final" : "from " + from + " it can move to " + from.next()));
    }
}
