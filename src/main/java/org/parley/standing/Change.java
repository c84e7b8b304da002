package org.parley.standing;

import io.swagger.v3.oas.annotations.media.Schema;

import org.parley.talk.AgendaStatus;

/** How a key issue's standing changed from one round to the next. */
@Schema(enumAsRef = true, description = "How a key issue's standing changed between two rounds: ADVANCED or REGRESSED along "
    + "DEADLOCKED < RAISED < DISCUSSED < PROGRESS < AGREED, STAYED, APPEARED (only on the later round's agenda) or DROPPED (only on the earlier's)")
public enum Change {
    ADVANCED, REGRESSED, STAYED, APPEARED, DROPPED;

    static Change between(AgendaStatus before, AgendaStatus after) {
        if (before == null) {
            return APPEARED;
        }
        if (after == null) {
            return DROPPED;
        }
        int difference = Integer.compare(rank(after), rank(before));
        return difference > 0 ? ADVANCED : difference < 0 ? REGRESSED : STAYED;
    }

    // a deadlock is further from agreement than an issue merely raised
    private static int rank(AgendaStatus status) {
        return switch (status) {
            case DEADLOCKED -> 0;
            case RAISED -> 1;
            case DISCUSSED -> 2;
            case PROGRESS -> 3;
            case AGREED -> 4;
        };
    }
}
