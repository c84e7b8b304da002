package org.parley.talk;

import java.util.UUID;

record ParticipantResponse(UUID delegationId, String name, ParticipantRole role) {
}
