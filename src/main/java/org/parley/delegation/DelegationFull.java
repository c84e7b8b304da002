package org.parley.delegation;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class DelegationFull extends RuleViolation {

    DelegationFull(UUID delegationId, int maxMembers) {
        super(Rule.DELEGATION_FULL, "Delegation %s already has %d members, as many as a delegation can".formatted(delegationId, maxMembers));
    }
}
