package org.parley.history;

import java.util.List;

/**
 * Where a record's history is kept: the audit table of its own row and those of the parts it holds,
 * so that its whole state at any revision can be put back together.
 *
 * @param kind what the record is called in messages to clients, e.g. "Talk"
 */
public record RecordShape(String kind, String table, List<Part> parts) {

    public static RecordShape of(String kind, String table, Part... parts) {
        return new RecordShape(kind, table, List.of(parts));
    }

    /**
     * A collection the record holds, keyed in its table by {@code ownerColumn}.
     *
     * @param rows        whether its members are rows with an id of their own (a talk's participants) or
     *                    plain values (a statement's sources, a person's aliases)
     * @param orderColumn the column that orders a list of values, or null for a set
     */
    public record Part(String name, String table, String ownerColumn, boolean rows, String orderColumn, List<Part> parts) {

        public static Part rows(String name, String table, String ownerColumn, Part... parts) {
            return new Part(name, table, ownerColumn, true, null, List.of(parts));
        }

        public static Part values(String name, String table, String ownerColumn) {
            return new Part(name, table, ownerColumn, false, null, List.of());
        }

        public static Part list(String name, String table, String ownerColumn, String orderColumn) {
            return new Part(name, table, ownerColumn, false, orderColumn, List.of());
        }
    }
}
