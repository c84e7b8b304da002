package org.parley.process;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class DuplicateProcess extends RuleViolation {

    DuplicateProcess(String name) {
        super(Rule.DUPLICATE_PROCESS, "A process named '%s' already exists (names are compared without regard to case)".formatted(name));
    }
}
