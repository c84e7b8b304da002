package org.parley.statement;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(enumAsRef = true, description = "What kind of statement it is")
public enum StatementKind {
    ASSESSMENT, CLAIM, DENIAL, PROPOSAL, DEMAND, COMMITMENT, ANALYSIS
}
