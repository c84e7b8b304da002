package org.parley.database;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Values of a result set in the forms an export or a read model takes: a text array as a list, a timestamp
 * as an instant; and rows read by id put in the order the ids were asked for.
 */
public final class SqlValues {

    private SqlValues() {
    }

    /** The texts of an array column, none when it is null. */
    public static List<String> texts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** The rows read for {@code ids}, in the order of the ids; an id with no row is left out. */
    public static <R> List<R> inOrderOf(Collection<UUID> ids, List<R> rows, Function<R, UUID> idOf) {
        Map<UUID, Integer> order = new HashMap<>();
        ids.forEach(id -> order.putIfAbsent(id, order.size()));
        return rows.stream().sorted(Comparator.comparing(row -> order.get(idOf.apply(row)))).toList();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
