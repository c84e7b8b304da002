package org.parley.keyissue;

import org.parley.domain.RuleViolation;

public class DuplicateKeyIssue extends RuleViolation {

    DuplicateKeyIssue(String name) {
        super("A key issue named '%s' already exists (names are compared without regard to case)".formatted(name));
    }

    @Override
    public String rule() {
        return "duplicate-key-issue";
    }
}
