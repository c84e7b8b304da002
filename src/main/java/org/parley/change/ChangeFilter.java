package org.parley.change;

import java.util.List;
import java.util.UUID;

/** Which changes a follower wants: of some kinds of record (any of them), of one round, of one process. */
record ChangeFilter(List<ResourceType> types, UUID talkId, UUID processId) {

    /** As many as there are kinds of record. */
    static final int MAX_TYPES = 14;

    ChangeFilter {
        types = types == null ? List.of() : List.copyOf(types);
    }

    boolean matches(ChangeResponse change) {
        return (types.isEmpty() || types.contains(change.resourceType()))
            && (talkId == null || talkId.equals(change.talkId()))
            && (processId == null || processId.equals(change.processId()));
    }
}
