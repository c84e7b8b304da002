package org.parley.talk;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

record AgendaItemResponse(UUID keyIssueId, String name, AgendaStatus status, @Schema(nullable = true) String note) {
}
