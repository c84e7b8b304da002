package org.parley.document;

import org.parley.delegation.DelegationRemoval;
import org.parley.keyissue.KeyIssueRemoval;
import org.parley.process.ProcessRemoval;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the process, key-issue and delegation features which documents still point at what they are about to delete. */
@Component
class DocumentReferences {

    private final DocumentRepository documents;

    DocumentReferences(DocumentRepository documents) {
        this.documents = documents;
    }

    @EventListener
    void on(ProcessRemoval removal) {
        removal.references().add(documents.countByProcessId(removal.processId()), "document", "documents");
    }

    @EventListener
    void on(KeyIssueRemoval removal) {
        removal.references().add(documents.countCovering(removal.keyIssueId()), "document", "documents");
    }

    @EventListener
    void on(DelegationRemoval removal) {
        removal.references().add(documents.countByProposedByDelegationId(removal.delegationId()), "document it proposed",
            "documents it proposed");
    }
}
