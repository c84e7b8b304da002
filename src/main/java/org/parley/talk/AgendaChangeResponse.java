package org.parley.talk;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** One change of where a key issue stood at a round. */
record AgendaChangeResponse(
    Instant changedAt,
    @Schema(nullable = true, description = "The status before; null when the issue was put on the agenda") AgendaStatus fromStatus,
    @Schema(nullable = true) String fromNote,
    @Schema(nullable = true, description = "The status after; null when the issue was taken off the agenda") AgendaStatus toStatus,
    @Schema(nullable = true) String toNote) {

    static AgendaChangeResponse of(AgendaChange change) {
        return new AgendaChangeResponse(change.getChangedAt(), change.getFromStatus(), change.getFromNote(), change.getToStatus(),
            change.getToNote());
    }
}
