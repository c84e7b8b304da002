package org.parley.keyissue;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class DuplicateKeyIssue extends RuleViolation {

    DuplicateKeyIssue(String name) {
        super(Rule.DUPLICATE_KEY_ISSUE, "A key issue named '%s' already exists (names are compared without regard to case)".formatted(name));
    }
}
