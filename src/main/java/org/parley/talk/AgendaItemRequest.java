package org.parley.talk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record AgendaItemRequest(@NotNull AgendaStatus status, @Size(max = 4000) String note) {
}
