package org.parley.keyissue;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(enumAsRef = true, description = "What kind of issue it is")
public enum KeyIssueCategory {
    TERRITORY, SECURITY, NUCLEAR_SAFETY, ECONOMIC, HUMANITARIAN, POLITICAL, LEGAL
}
