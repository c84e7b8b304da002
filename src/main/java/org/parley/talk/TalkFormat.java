package org.parley.talk;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(enumAsRef = true, description = "How the parties meet")
public enum TalkFormat {
    BILATERAL(2), TRILATERAL(3), MULTILATERAL(Integer.MAX_VALUE),
    /** A mediator meets the parties separately, as the US envoys did in Miami. */
    PROXIMITY(Integer.MAX_VALUE);

    private final int maxParties;

    TalkFormat(int maxParties) {
        this.maxParties = maxParties;
    }

    int maxParties() {
        return maxParties;
    }
}
