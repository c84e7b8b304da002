package org.parley.talk;

import jakarta.validation.constraints.NotNull;

record ParticipantRequest(@NotNull ParticipantRole role) {
}
