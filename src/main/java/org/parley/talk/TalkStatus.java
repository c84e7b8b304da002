package org.parley.talk;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.EnumSet;
import java.util.Set;

@Schema(enumAsRef = true, description = "Where a round stands; moves only along the allowed transitions")
public enum TalkStatus {
    PLANNED, ONGOING, CONCLUDED, POSTPONED, CANCELLED;

    Set<TalkStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(ONGOING, POSTPONED, CANCELLED);
            case ONGOING -> EnumSet.of(CONCLUDED, POSTPONED);
            case POSTPONED -> EnumSet.of(PLANNED, ONGOING, CANCELLED);
            case CONCLUDED, CANCELLED -> EnumSet.noneOf(TalkStatus.class);
        };
    }

    boolean canMoveTo(TalkStatus target) {
        return next().contains(target);
    }

    /** A round that sits or has sat happened somewhere on known days; the others may leave those open. */
    public boolean hasSat() {
        return this == ONGOING || this == CONCLUDED;
    }

    /** Only a round that is sitting or has sat can have reached agreement on anything. */
    boolean allowsAgreement() {
        return this == ONGOING || this == CONCLUDED;
    }
}
