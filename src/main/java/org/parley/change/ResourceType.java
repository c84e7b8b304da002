package org.parley.change;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** What kind of record a change was made to, and where clients read that record. */
@Schema(enumAsRef = true, description = "What kind of record changed: a talk, or a part of one (a seat, an agenda item, a session, a tabled "
    + "document), a delegation or one of its members, a key issue, a statement, a process, a person, a document or one of its versions, a position")
public enum ResourceType {

    TALK("/api/v1/talks/%2$s"),
    PARTICIPANT("/api/v1/talks/%s/participants/%s"),
    AGENDA_ITEM("/api/v1/talks/%s/agenda/%s"),
    SESSION("/api/v1/talks/%s/sessions/%s"),
    TABLED_DOCUMENT("/api/v1/talks/%s/documents/%s"),
    DELEGATION("/api/v1/delegations/%2$s"),
    MEMBER("/api/v1/delegations/%s/members/%s"),
    KEY_ISSUE("/api/v1/key-issues/%2$s"),
    STATEMENT("/api/v1/statements/%2$s"),
    PROCESS("/api/v1/processes/%2$s"),
    PERSON("/api/v1/people/%2$s"),
    DOCUMENT("/api/v1/documents/%2$s"),
    DOCUMENT_VERSION("/api/v1/documents/%s/versions/%s"),
    POSITION("/api/v1/positions/%2$s");

    private final String path;

    ResourceType(String path) {
        this.path = path;
    }

    /** Whether the record lives inside another one (a seat inside its talk), whose id its address needs. */
    boolean hasParent() {
        return path.contains("%s");
    }

    String path(UUID parentId, UUID id) {
        return path.formatted(parentId, id);
    }
}
