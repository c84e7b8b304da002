package org.parley.delegation;

import java.util.UUID;

import org.parley.domain.RuleViolation;

public class HeadAlreadyAppointed extends RuleViolation {

    HeadAlreadyAppointed(UUID delegationId, String head) {
        super("Delegation %s already has a head, %s; a delegation has at most one".formatted(delegationId, head));
    }

    @Override
    public String rule() {
        return "delegation-head-taken";
    }
}
