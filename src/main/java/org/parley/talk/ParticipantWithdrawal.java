package org.parley.talk;

import java.util.UUID;

import org.parley.domain.References;

/** Published before a delegation leaves a talk; listeners add what still ties it to that talk. */
public record ParticipantWithdrawal(UUID talkId, UUID delegationId, References references) {
}
