package org.parley.document;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class DocumentVersionsFull extends RuleViolation {

    DocumentVersionsFull(UUID documentId, int maxVersions) {
        super(Rule.DOCUMENT_VERSIONS_FULL, "Document %s already has %d versions, as many as a document can".formatted(documentId, maxVersions));
    }
}
