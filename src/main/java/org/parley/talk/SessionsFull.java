package org.parley.talk;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class SessionsFull extends RuleViolation {

    SessionsFull(UUID talkId, int limit) {
        super(Rule.SESSIONS_FULL, "Talk %s already has %d sessions, as many as a round can".formatted(talkId, limit));
    }
}
