package org.parley.delegation;

import org.parley.person.PersonRemoval;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Answers the person feature, before a person is deleted, with the delegation members who are that person. */
@Component
class MemberReferences {

    private final DelegationRepository delegations;

    MemberReferences(DelegationRepository delegations) {
        this.delegations = delegations;
    }

    @EventListener
    void on(PersonRemoval removal) {
        removal.references().add(delegations.countMembersWhoAre(removal.personId()), "delegation member", "delegation members");
    }
}
