package org.parley.document;

import java.util.UUID;

import org.parley.domain.References;

/** Published before a document is deleted; listeners add what still references it. */
public record DocumentRemoval(UUID documentId, References references) {
}
