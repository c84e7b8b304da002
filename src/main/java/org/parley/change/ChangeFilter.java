package org.parley.change;

import java.util.List;
import java.util.UUID;

/**
 * Which changes a follower wants: of some kinds of record (any of them), of one round, of one process.
 *
 * @param authors whether the follower may see who made each change, which is decided when it asks
 */
record ChangeFilter(List<ResourceType> types, UUID talkId, UUID processId, boolean authors) {

    /** As many as there are kinds of record. */
    static final int MAX_TYPES = 14;

    ChangeFilter {
        // a kind named twice is still one kind, and is read once
        types = types == null ? List.of() : types.stream().distinct().toList();
    }
}
