package org.parley.talk;

import org.parley.delegation.DelegationRemoval;
import org.parley.keyissue.KeyIssueRemoval;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the delegation and key-issue features which talks still point at what they are about to delete. */
@Component
class TalkReferences {

    private final TalkRepository talks;

    TalkReferences(TalkRepository talks) {
        this.talks = talks;
    }

    @EventListener
    void on(DelegationRemoval removal) {
        removal.references().add(talks.countParticipationsOf(removal.delegationId()), "talk participation", "talk participations");
    }

    @EventListener
    void on(KeyIssueRemoval removal) {
        removal.references().add(talks.countAgendaItemsOn(removal.keyIssueId()), "talk agenda item", "talk agenda items");
    }
}
