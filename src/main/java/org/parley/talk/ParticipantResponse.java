package org.parley.talk;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

record ParticipantResponse(UUID delegationId, @Schema(example = "Russian delegation") String name, ParticipantRole role) {
}
