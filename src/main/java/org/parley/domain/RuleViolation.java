package org.parley.domain;

/**
 * A request that is well formed but conflicts with what is stored or with a rule of the domain.
 * Each subclass names one {@link Rule}, whose slug clients can switch on.
 */
public abstract class RuleViolation extends RuntimeException {

    private final Rule rule;

    protected RuleViolation(Rule rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
