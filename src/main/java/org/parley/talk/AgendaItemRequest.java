package org.parley.talk;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record AgendaItemRequest(@Schema(example = "RAISED") @NotNull AgendaStatus status, @Schema(example = "Named by Kyiv among the hardest issues") @Size(max = 4000) String note) {
}
