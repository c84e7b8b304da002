package org.parley.domain;

import java.util.List;

public class StillReferenced extends RuleViolation {

    private final List<String> references;

    StillReferenced(String subject, List<String> references) {
        super("%s is still referenced by %s; remove those first".formatted(subject, String.join(" and ", references)));
        this.references = references;
    }

    public List<String> getReferences() {
        return references;
    }

    @Override
    public String rule() {
        return "still-referenced";
    }
}
