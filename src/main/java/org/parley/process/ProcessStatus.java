package org.parley.process;

import io.swagger.v3.oas.annotations.media.Schema;

/** A track's standing; a suspended or concluded track may resume, as tracks do, so every move is allowed. */
@Schema(enumAsRef = true, description = "Whether a negotiation track is under way")
public enum ProcessStatus {
    ACTIVE, SUSPENDED, CONCLUDED
}
