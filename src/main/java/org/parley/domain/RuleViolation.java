package org.parley.domain;

/**
 * A request that is well formed but conflicts with what is stored or with a rule of the domain.
 * Each subclass names one rule; {@link #rule()} is the stable slug clients can switch on.
 */
public abstract class RuleViolation extends RuntimeException {

    protected RuleViolation(String detail) {
        super(detail);
    }

    public abstract String rule();
}
