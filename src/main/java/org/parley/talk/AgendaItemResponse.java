package org.parley.talk;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

record AgendaItemResponse(UUID keyIssueId, @Schema(example = "Zaporizhzhia Nuclear Power Plant") String name, AgendaStatus status, @Schema(nullable = true) String note) {
}
