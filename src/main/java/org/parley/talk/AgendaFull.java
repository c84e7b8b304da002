package org.parley.talk;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class AgendaFull extends RuleViolation {

    AgendaFull(UUID talkId, int maxItems) {
        super(Rule.AGENDA_FULL, "The agenda of talk %s already holds %d key issues, as many as it can".formatted(talkId, maxItems));
    }
}
