package org.parley.history;

/** What a revision did to the record whose history is read. */
public enum RevisionAction {
    CREATED,
    /** The record itself or one of its parts (a participant, a source, an alias) changed. */
    UPDATED,
    DELETED
}
