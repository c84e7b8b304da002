package org.parley.delegation;

import java.util.UUID;

import org.parley.domain.RuleViolation;

public class DelegationFull extends RuleViolation {

    DelegationFull(UUID delegationId, int maxMembers) {
        super("Delegation %s already has %d members, as many as a delegation can".formatted(delegationId, maxMembers));
    }

    @Override
    public String rule() {
        return "delegation-full";
    }
}
