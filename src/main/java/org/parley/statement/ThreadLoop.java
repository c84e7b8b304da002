package org.parley.statement;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class ThreadLoop extends RuleViolation {

    ThreadLoop(UUID statement, UUID answered) {
        super(Rule.THREAD_LOOP, statement.equals(answered) ? "Statement %s cannot answer itself".formatted(statement)
            : "Statement %s cannot answer statement %s, which already answers it, directly or through others; threads cannot loop"
                .formatted(statement, answered));
    }
}
