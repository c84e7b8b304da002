package org.parley.search;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** The kinds of record a search finds, and where clients read each. */
@Schema(enumAsRef = true, description = "What kind of record a hit is")
public enum HitType {

    STATEMENT("/api/v1/statements/"),
    TALK("/api/v1/talks/"),
    DOCUMENT("/api/v1/documents/");

    private final String path;

    HitType(String path) {
        this.path = path;
    }

    String path(UUID id) {
        return path + id;
    }
}
