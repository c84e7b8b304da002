package org.parley.document;

import java.util.EnumSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(enumAsRef = true, description = "Where a document stands, from draft to signature; moves only along the allowed transitions")
public enum DocumentStatus {
    DRAFT, PROPOSED, UNDER_DISCUSSION, INITIALLED, SIGNED, REJECTED, WITHDRAWN;

    Set<DocumentStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PROPOSED, WITHDRAWN);
            case PROPOSED -> EnumSet.of(UNDER_DISCUSSION, REJECTED, WITHDRAWN);
            case UNDER_DISCUSSION -> EnumSet.of(INITIALLED, REJECTED, WITHDRAWN);
            case INITIALLED -> EnumSet.of(SIGNED, REJECTED, WITHDRAWN);
            case SIGNED, REJECTED, WITHDRAWN -> EnumSet.noneOf(DocumentStatus.class);
        };
    }

    boolean canMoveTo(DocumentStatus target) {
        return next().contains(target);
    }
}
