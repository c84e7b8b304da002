package org.parley.talk;

import java.util.UUID;

import org.parley.domain.Rule;
import org.parley.domain.RuleViolation;

public class TabledDocumentsFull extends RuleViolation {

    TabledDocumentsFull(UUID talkId, int maxDocuments) {
        super(Rule.TABLED_DOCUMENTS_FULL,
            "Talk %s already lists %d documents on its table, as many as it can".formatted(talkId, maxDocuments));
    }
}
