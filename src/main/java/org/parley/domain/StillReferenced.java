package org.parley.domain;

import java.util.List;

public class StillReferenced extends RuleViolation {

    StillReferenced(String subject, List<String> references) {
        super(Rule.STILL_REFERENCED, "%s is still referenced by %s; remove those first".formatted(subject, String.join(" and ", references)));
    }
}
