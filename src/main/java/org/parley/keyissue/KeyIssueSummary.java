package org.parley.keyissue;

import java.util.UUID;

public record KeyIssueSummary(UUID id, String name) {
}
