package org.parley.document;

import java.util.UUID;

/** A version's id and label, read without the rest of it. */
record VersionLabel(UUID id, String label) {
}
