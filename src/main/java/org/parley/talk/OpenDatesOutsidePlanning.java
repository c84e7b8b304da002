package org.parley.talk;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class OpenDatesOutsidePlanning extends RuleViolation {

    OpenDatesOutsidePlanning(UUID talkId, TalkStatus status) {
        super(Rule.OPEN_DATES_OUTSIDE_PLANNING, "%s cannot be %s without startDate, endDate, city and country; only a round that has not sat may leave them open"
            .formatted(talkId == null ? "A talk" : "Talk " + talkId, status));
    }
}
