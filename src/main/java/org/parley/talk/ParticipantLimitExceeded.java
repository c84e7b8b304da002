package org.parley.talk;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class ParticipantLimitExceeded extends RuleViolation {

    ParticipantLimitExceeded(UUID talkId, TalkFormat format, long parties) {
        super(Rule.PARTICIPANT_LIMIT_EXCEEDED, "A %s talk has at most %d parties; talk %s would have %d".formatted(format, format.maxParties(), talkId, parties));
    }

    ParticipantLimitExceeded(UUID talkId, int maxParticipants) {
        super(Rule.PARTICIPANT_LIMIT_EXCEEDED, "Talk %s already seats %d delegations, as many as a talk can".formatted(talkId, maxParticipants));
    }
}
