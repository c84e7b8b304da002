package org.parley.statement;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(enumAsRef = true, description = "How a statement answers an earlier one")
public enum RelationType {
    DENIES, CONFIRMS, CONTRADICTS, CLARIFIES, RESPONDS_TO
}
