package org.parley.domain;

/** The outcome of putting something at a known place: whether it was new there, and what is there now. */
public record Upserted<T>(T value, boolean created) {
}
