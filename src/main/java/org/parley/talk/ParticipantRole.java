package org.parley.talk;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(enumAsRef = true, description = "A delegation's role at a round: a PARTY negotiates; a MEDIATOR goes between the parties; "
    + "a FACILITATOR helps without mediating; a HOST receives the round; a GUARANTOR stands behind what is agreed; an OBSERVER watches")
public enum ParticipantRole {
    PARTY, MEDIATOR, OBSERVER, HOST, GUARANTOR, FACILITATOR
}
