package org.parley.talk;

import java.util.UUID;

record AgendaItemResponse(UUID keyIssueId, String name, AgendaStatus status, String note) {
}
