package org.parley.document;

import java.util.UUID;

/** What other features need to know of a document: enough to name it and to tell where it stands. */
public record DocumentSummary(UUID id, String title, DocumentKind kind, DocumentStatus status) {
}
