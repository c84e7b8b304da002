package org.parley.talk;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.parley.delegation.DelegationPartyChange;
import org.parley.delegation.DelegationRemoval;
import org.parley.delegation.DelegationService;
import org.parley.delegation.DelegationSummary;
import org.parley.document.DocumentRemoval;
import org.parley.keyissue.KeyIssueRemoval;
import org.parley.person.PersonRemoval;
import org.parley.process.ProcessRemoval;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Answers the delegation, key-issue, process and document features when they are about to delete or change something a
 * talk depends on: what still points at it, or whether the change breaks a talk's rules.
 */
@Component
class TalkReferences {

    private final TalkRepository talks;

    private final DelegationService delegations;

    private final TabledDocumentRepository tabledDocuments;

    TalkReferences(TalkRepository talks, DelegationService delegations, TabledDocumentRepository tabledDocuments) {
        this.talks = talks;
        this.delegations = delegations;
        this.tabledDocuments = tabledDocuments;
    }

    @EventListener
    void on(DelegationPartyChange change) {
        for (Talk talk : talks.findSeatingLocked(change.delegationId())) {
            Map<UUID, DelegationSummary> seated = new HashMap<>(delegations.summaries(
                talk.getParticipants().stream().map(Participation::getDelegationId).toList()));
            DelegationSummary changed = new DelegationSummary(change.delegationId(), seated.get(change.delegationId()).name(), change.party());
            seated.put(changed.id(), changed);
            talk.participation(change.delegationId()).ifPresent(seat -> talk.requireSidesApart(changed, seat.getRole(), seated));
        }
    }

    @EventListener
    void on(DelegationRemoval removal) {
        removal.references().add(talks.countParticipationsOf(removal.delegationId()), "talk participation", "talk participations");
    }

    @EventListener
    void on(PersonRemoval removal) {
        removal.references().add(talks.countRoundMembersWhoAre(removal.personId()), "seat at a round", "seats at rounds");
    }

    @EventListener
    void on(ProcessRemoval removal) {
        removal.references().add(talks.countByProcessId(removal.processId()), "talk", "talks");
    }

    @EventListener
    void on(KeyIssueRemoval removal) {
        removal.references().add(talks.countAgendaItemsOn(removal.keyIssueId()), "talk agenda item", "talk agenda items");
        // an issue once on an agenda stays in that agenda's history, which is never rewritten
        removal.references().add(talks.countAgendaChangesOn(removal.keyIssueId()), "entry of agenda history", "entries of agenda history");
    }

    @EventListener
    void on(DocumentRemoval removal) {
        removal.references().add(tabledDocuments.countTalksTabling(removal.documentId()), "talk it was tabled at", "talks it was tabled at");
    }
}
