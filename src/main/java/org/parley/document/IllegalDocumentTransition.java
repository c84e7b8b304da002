package org.parley.document;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class IllegalDocumentTransition extends RuleViolation {

    IllegalDocumentTransition(UUID documentId, DocumentStatus from, DocumentStatus to) {
        super(Rule.ILLEGAL_DOCUMENT_TRANSITION, "Document %s cannot move from %s to %s; %s".formatted(documentId, from, to,
            from.next().isEmpty() ? from + " is final" : "from " + from + " it can move to " + from.next()));
    }
}
