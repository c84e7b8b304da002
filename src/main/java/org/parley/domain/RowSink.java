package org.parley.domain;

import java.util.List;

/**
 * Where the rows of an export go, one at a time, so that a million of them never sit in memory together.
 * A value is text, a number, a boolean, an id, a date or an instant, a list of those, or null.
 */
public interface RowSink {

    /** The names of the columns, once, before the first row; {@code row} takes values in this order. */
    void columns(List<String> names);

    void row(List<?> values);
}
