package org.parley.keyissue;

import java.util.UUID;

import org.parley.domain.References;

/** Published before a key issue is deleted; listeners add what still references it. */
public record KeyIssueRemoval(UUID keyIssueId, References references) {
}
