package org.parley.talk;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class AgreementOutsideSession extends RuleViolation {

    private AgreementOutsideSession(String detail) {
        super(Rule.AGREEMENT_OUTSIDE_SESSION, detail);
    }

    static AgreementOutsideSession onAgenda(UUID talkId, TalkStatus status) {
        return new AgreementOutsideSession(
            "Talk %s is %s; an agenda item can be AGREED only at an ONGOING or CONCLUDED talk".formatted(talkId, status));
    }

    static AgreementOutsideSession onMove(UUID talkId, TalkStatus target) {
        return new AgreementOutsideSession(("Talk %s has AGREED agenda items, which only an ONGOING or CONCLUDED talk can have; "
            + "it cannot become %s").formatted(talkId, target));
    }
}
