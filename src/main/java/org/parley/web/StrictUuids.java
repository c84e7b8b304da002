package org.parley.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** Ids in paths and query parameters are UUIDs in their canonical 8-4-4-4-12 form; "1-1-1-1-1" is none. */
final class StrictUuids {

    private static final Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private StrictUuids() {
    }

    static UUID parse(String value) {
        String trimmed = value.trim();
        if (!CANONICAL.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("not a UUID: " + value);
        }
        return UUID.fromString(trimmed);
    }
}
