package org.parley.statement;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;

/** A claim with everything that answers it, and everything that answers those, in the order they were made. */
record StatementThread(@ArraySchema(maxItems = StatementService.MAX_THREAD) List<StatementResponse> statements) {
}
