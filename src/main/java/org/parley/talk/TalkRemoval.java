package org.parley.talk;

import java.util.UUID;

import org.parley.domain.References;

/** Published before a talk is deleted; listeners add what still references it. */
public record TalkRemoval(UUID talkId, References references) {
}
