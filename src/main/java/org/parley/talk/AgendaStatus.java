package org.parley.talk;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(enumAsRef = true, description = "Where a key issue stood at a round")
public enum AgendaStatus {
    RAISED, DISCUSSED, PROGRESS, AGREED, DEADLOCKED
}
