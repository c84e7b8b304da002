package org.parley.statement;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(enumAsRef = true, description = "How exactly statedOn is known: DAY, or only the WEEK or MONTH it falls in (\"last week\")")
public enum DatePrecision {
    DAY, WEEK, MONTH
}
