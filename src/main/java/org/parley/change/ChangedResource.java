package org.parley.change;

import java.util.Objects;
import java.util.UUID;

/**
 * The record a change was made to, with the round and the process it belongs to, by which followers
 * filter the feed.
 *
 * @param parentId the record it lives inside (a seat's talk, a member's delegation), or null
 */
public record ChangedResource(ResourceType type, UUID parentId, UUID id, UUID talkId, UUID processId) {

    public ChangedResource {
        Objects.requireNonNull(type);
        Objects.requireNonNull(id);
        if (type.hasParent() != (parentId != null)) {
            throw new IllegalArgumentException(type + (parentId == null ? " needs the id of the record it lives in" : " lives in no other record"));
        }
    }

    /** A record of its own: a delegation, a key issue, a person, a document, a position. */
    public static ChangedResource of(ResourceType type, UUID id) {
        return new ChangedResource(type, null, id, null, null);
    }

    /** A talk, which is its own round. */
    public static ChangedResource talk(UUID id, UUID processId) {
        return new ChangedResource(ResourceType.TALK, null, id, id, processId);
    }

    /** A part of a talk: a seat, an agenda item, a session or a tabled document. */
    public static ChangedResource partOfTalk(ResourceType type, UUID talkId, UUID id, UUID processId) {
        return new ChangedResource(type, talkId, id, talkId, processId);
    }

    /** A part of another record: a delegation's member, a document's version. */
    public static ChangedResource partOf(ResourceType type, UUID parentId, UUID id) {
        return new ChangedResource(type, parentId, id, null, null);
    }

    public ChangedResource atTalk(UUID talkId) {
        return new ChangedResource(type, parentId, id, talkId, processId);
    }

    public ChangedResource inProcess(UUID processId) {
        return new ChangedResource(type, parentId, id, talkId, processId);
    }

    String path() {
        return type.path(parentId, id);
    }
}
