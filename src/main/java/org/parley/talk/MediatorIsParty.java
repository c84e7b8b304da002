package org.parley.talk;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class MediatorIsParty extends RuleViolation {

    MediatorIsParty(UUID talkId, String party) {
        super(Rule.MEDIATOR_IS_PARTY, "%s would be both mediator and party at talk %s; a mediator cannot also be a party".formatted(party, talkId));
    }
}
