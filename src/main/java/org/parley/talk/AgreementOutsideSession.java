package org.parley.talk;

import java.util.UUID;

import org.parley.domain.RuleViolation;

public class AgreementOutsideSession extends RuleViolation {

    AgreementOutsideSession(UUID talkId, TalkStatus status) {
        super("Talk %s is %s; an agenda item can be AGREED only at an ONGOING or CONCLUDED talk".formatted(talkId, status));
    }

    AgreementOutsideSession(UUID talkId, TalkStatus target, boolean agreed) {
        super("Talk %s has AGREED agenda items, which only an ONGOING or CONCLUDED talk can have; it cannot become %s"
            .formatted(talkId, target));
    }

    @Override
    public String rule() {
        return "agreement-outside-session";
    }
}
