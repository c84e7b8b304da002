package org.parley.document;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(enumAsRef = true, description = "What kind of document it is: a peace plan, a framework, a ceasefire text, and so on")
public enum DocumentKind {
    PEACE_PLAN, FRAMEWORK, CEASEFIRE, SECURITY_GUARANTEES, ECONOMIC_PLAN, MEMORANDUM, JOINT_STATEMENT, OTHER
}
