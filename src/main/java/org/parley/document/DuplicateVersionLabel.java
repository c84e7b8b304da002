package org.parley.document;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class DuplicateVersionLabel extends RuleViolation {

    DuplicateVersionLabel(UUID documentId, String label) {
        super(Rule.DUPLICATE_VERSION_LABEL, "Document %s already has a version labelled '%s' (labels are compared without regard to case)"
            .formatted(documentId, label));
    }
}
