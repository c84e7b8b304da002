package org.parley.talk;

import java.util.UUID;

import org.parley.domain.RuleViolation;

public class MediatorIsParty extends RuleViolation {

    MediatorIsParty(UUID talkId, String party) {
        super("%s would be both mediator and party at talk %s; a mediator cannot also be a party".formatted(party, talkId));
    }

    @Override
    public String rule() {
        return "mediator-is-party";
    }
}
