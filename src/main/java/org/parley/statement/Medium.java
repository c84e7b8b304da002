package org.parley.statement;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(enumAsRef = true, description = "Where a statement was first made")
public enum Medium {
    PRESS_CONFERENCE, INTERVIEW, SOCIAL_MEDIA, TELEGRAM, STATEMENT, OTHER
}
