package org.parley.position;

import org.parley.keyissue.KeyIssueRemoval;
import org.parley.statement.StatementRemoval;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the other features which positions still point at what they are about to delete. */
@Component
class PositionReferences {

    private final PositionRepository positions;

    PositionReferences(PositionRepository positions) {
        this.positions = positions;
    }

    @EventListener
    void on(KeyIssueRemoval removal) {
        removal.references().add(positions.countByKeyIssueId(removal.keyIssueId()), "position", "positions");
    }

    @EventListener
    void on(StatementRemoval removal) {
        removal.references().add(positions.countCiting(removal.statementId()),
            "position citing it as evidence", "positions citing it as evidence");
    }
}
