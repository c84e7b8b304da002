package org.parley.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects, from every feature that may point at a resource, what still references it before that
 * resource is removed. Features publish it as an event so that the owner of a resource need not know
 * who refers to it.
 */
public class References {

    private final String subject;

    private final List<String> found = new ArrayList<>();

    public References(String subject) {
        this.subject = subject;
    }

    public void add(long count, String singular, String plural) {
        if (count > 0) {
            found.add(count + " " + (count == 1 ? singular : plural));
        }
    }

    /** Throws {@link StillReferenced} naming everything collected, if anything was. */
    public void requireNone() {
        if (!found.isEmpty()) {
            throw new StillReferenced(subject, List.copyOf(found));
        }
    }
}
