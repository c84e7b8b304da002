package org.parley.talk;

public enum ParticipantRole {
    PARTY, MEDIATOR, OBSERVER
}
