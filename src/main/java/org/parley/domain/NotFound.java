package org.parley.domain;

import java.util.UUID;

/** A resource asked for by id, in the path or inside a request body, does not exist. */
public class NotFound extends RuntimeException {

    public NotFound(String resource, UUID id) {
        super("%s %s does not exist".formatted(resource, id));
    }
}
