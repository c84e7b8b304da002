package org.parley.delegation;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

/** A delegation has at most one head. */
public class DelegationHeadTaken extends RuleViolation {

    private DelegationHeadTaken(String detail) {
        super(Rule.DELEGATION_HEAD_TAKEN, detail);
    }

    static DelegationHeadTaken by(UUID delegationId, String head) {
        return new DelegationHeadTaken("Delegation %s already has a head, %s; a delegation has at most one".formatted(delegationId, head));
    }

    static DelegationHeadTaken twice(UUID delegationId, String first, String second) {
        return new DelegationHeadTaken("%s would have two heads, %s and %s; a delegation has at most one"
            .formatted(delegationId == null ? "The delegation" : "Delegation " + delegationId, first, second));
    }
}
