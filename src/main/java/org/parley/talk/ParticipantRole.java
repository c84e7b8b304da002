package org.parley.talk;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(enumAsRef = true, description = "A delegation's role at a round")
public enum ParticipantRole {
    PARTY, MEDIATOR, OBSERVER
}
