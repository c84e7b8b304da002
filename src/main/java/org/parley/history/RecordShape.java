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
     * @param rows  whether its members are rows with an id of their own (a talk's participants) or plain
     *              values (a statement's sources, a person's aliases)
     * @param order the columns its members are listed by, as the record's own reads list them: each
     *              ascending unless followed by {@code desc}; for values, the column of a list's positions,
     *              or none for a set
     */
    public record Part(String name, String table, String ownerColumn, boolean rows, List<String> order, List<Part> parts) {

        /** Rows listed by id unless {@link #orderedBy} says otherwise. */
        public static Part rows(String name, String table, String ownerColumn, Part... parts) {
            return new Part(name, table, ownerColumn, true, List.of("id"), List.of(parts));
        }

        public static Part values(String name, String table, String ownerColumn) {
            return new Part(name, table, ownerColumn, false, List.of(), List.of());
        }

        public static Part list(String name, String table, String ownerColumn, String positionColumn) {
            return new Part(name, table, ownerColumn, false, List.of(positionColumn), List.of());
        }

        public Part orderedBy(String... columns) {
            return new Part(name, table, ownerColumn, rows, List.of(columns), parts);
        }
    }
}
