package org.parley.statement;

import org.parley.delegation.DelegationRemoval;
import org.parley.document.DocumentRemoval;
import org.parley.keyissue.KeyIssueRemoval;
import org.parley.person.PersonRemoval;
import org.parley.talk.ParticipantWithdrawal;
import org.parley.talk.TalkRemoval;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the other features which statements still point at what they are about to delete. */
@Component
class StatementReferences {

    private final StatementRepository statements;

    StatementReferences(StatementRepository statements) {
        this.statements = statements;
    }

    @EventListener
    void on(DelegationRemoval removal) {
        removal.references().add(statements.countByDelegationId(removal.delegationId()), "statement", "statements");
    }

    @EventListener
    void on(KeyIssueRemoval removal) {
        removal.references().add(statements.countAbout(removal.keyIssueId()), "statement", "statements");
    }

    @EventListener
    void on(PersonRemoval removal) {
        removal.references().add(statements.countByPersonId(removal.personId()), "statement", "statements");
    }

    @EventListener
    void on(TalkRemoval removal) {
        removal.references().add(statements.countByTalkId(removal.talkId()), "statement", "statements");
    }

    @EventListener
    void on(ParticipantWithdrawal withdrawal) {
        withdrawal.references().add(statements.countByTalkIdAndDelegationId(withdrawal.talkId(), withdrawal.delegationId()),
            "statement made for it there", "statements made for it there");
    }

    @EventListener
    void on(DocumentRemoval removal) {
        removal.references().add(statements.countReferringTo(removal.documentId()), "statement", "statements");
    }
}
