package org.parley.talk;

public enum AgendaStatus {
    RAISED, DISCUSSED, PROGRESS, AGREED, DEADLOCKED
}
