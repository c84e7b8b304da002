package org.parley.history;

/** The revision a transaction's changes are recorded under, and who made it. */
public record CurrentRevision(long number, String madeBy) {
}
