package org.parley.history;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parley.domain.NotFound;
import org.parley.history.RecordShape.Part;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a record's history back from the audit tables Envers writes. Each table of the record's shape is
 * read once, whatever the number of revisions or parts, and each state is put together in memory: a row
 * part as each of its rows stood at that revision, a value part by replaying its additions and removals.
 */
@Service
@Transactional(readOnly = true)
public class RecordHistory {

    private static final int ADDED = 0;

    private static final int REMOVED = 2;

    /** Envers' own key for a set of embeddables, which says nothing about the record. */
    private static final String SET_ORDINAL = "setordinal";

    private final JdbcClient jdbc;

    RecordHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every revision of one record, its deletion included; a record that never existed is not found. */
    public Page<RevisionResponse> of(RecordShape shape, UUID id, Pageable pageable) {
        List<AuditRow> own = read(shape.table(), "id = :id", id);
        if (own.isEmpty()) {
            boolean exists = jdbc.sql("select exists (select from " + shape.table() + " where id = :id)").param("id", id).query(Boolean.class).single();
            if (!exists) {
                throw new NotFound(shape.kind(), id);
            }
            // a record loaded straight into the database, outside the service, has no history to tell
            return new PageImpl<>(List.of(), pageable, 0);
        }
        Map<Part, Map<Object, List<AuditRow>>> parts = new HashMap<>();
        readParts(shape.parts(), ":id", id, parts);

        long first = own.getFirst().revision();
        TreeSet<Long> numbers = new TreeSet<>();
        own.forEach(row -> numbers.add(row.revision()));
        parts.values().forEach(byOwner -> byOwner.values().forEach(rows -> rows.forEach(row -> numbers.add(row.revision()))));
        List<Long> revisions = new ArrayList<>(numbers.tailSet(first));
        Sort.Order order = pageable.getSort().getOrderFor("revision");
        if (order != null && order.isDescending()) {
            revisions = revisions.reversed();
        }
        int from = (int) Math.min(pageable.getOffset(), revisions.size());
        List<Long> page = revisions.subList(from, Math.min(from + pageable.getPageSize(), revisions.size()));

        Map<Long, RevisionMade> made = page.isEmpty() ? Map.of() : jdbc.sql("""
                select id, made_at, made_by, request_id from revisions where id = any(:ids)
                """)
            .param("ids", page.toArray(Long[]::new))
            .query((rs, n) -> new RevisionMade(rs.getLong("id"), rs.getObject("made_at", OffsetDateTime.class).toInstant(),
                rs.getString("made_by"), rs.getString("request_id")))
            .list().stream().collect(Collectors.toMap(RevisionMade::number, Function.identity()));

        boolean authors = Callers.identified();
        List<RevisionResponse> content = new ArrayList<>();
        for (long revision : page) {
            AuditRow row = latest(own, revision, true);
            RevisionAction action = row.revision() != revision ? RevisionAction.UPDATED
                : row.type() == ADDED ? RevisionAction.CREATED : row.type() == REMOVED ? RevisionAction.DELETED : RevisionAction.UPDATED;
            // a deleted record is shown as it was deleted, its parts as they were just before
            boolean inclusive = action != RevisionAction.DELETED;
            Map<String, Object> state = new LinkedHashMap<>(row.columns());
            putParts(state, shape.parts(), parts, id, revision, inclusive);
            RevisionMade by = made.get(revision);
            content.add(new RevisionResponse(revision, by.at(), authors ? by.madeBy() : null, authors ? by.requestId() : null, action, state));
        }
        return new PageImpl<>(content, pageable, revisions.size());
    }

    /** @param owners the ids of the rows that hold these parts, as SQL: the record's own id, or a subquery for a part's parts */
    private void readParts(List<Part> shapeParts, String owners, UUID id, Map<Part, Map<Object, List<AuditRow>>> into) {
        for (Part part : shapeParts) {
            String filter = part.ownerColumn() + " in (" + owners + ")";
            List<AuditRow> rows = read(part.table(), filter, id);
            Map<Object, List<AuditRow>> byOwner = new HashMap<>();
            rows.forEach(row -> byOwner.computeIfAbsent(row.columns().get(camel(part.ownerColumn())), owner -> new ArrayList<>()).add(row));
            into.put(part, byOwner);
            readParts(part.parts(), "select id from " + part.table() + "_aud where " + filter, id, into);
        }
    }

    private void putParts(Map<String, Object> state, List<Part> shapeParts, Map<Part, Map<Object, List<AuditRow>>> parts, Object ownerId,
                          long revision, boolean inclusive) {
        for (Part part : shapeParts) {
            List<AuditRow> rows = parts.get(part).getOrDefault(ownerId, List.of());
            String owner = camel(part.ownerColumn());
            state.put(part.name(), part.rows()
                ? rowsAt(part, rows, owner, parts, revision, inclusive)
                : valuesAt(part, rows, owner, revision, inclusive));
        }
    }

    private List<Map<String, Object>> rowsAt(Part part, List<AuditRow> rows, String owner, Map<Part, Map<Object, List<AuditRow>>> parts,
                                             long revision, boolean inclusive) {
        Map<Object, List<AuditRow>> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.computeIfAbsent(row.columns().get("id"), id -> new ArrayList<>()).add(row));
        List<Map<String, Object>> members = new ArrayList<>();
        byId.forEach((id, versions) -> {
            AuditRow row = latest(versions, revision, inclusive);
            if (row != null && row.type() != REMOVED) {
                Map<String, Object> member = new LinkedHashMap<>(row.columns());
                member.remove(owner);
                putParts(member, part.parts(), parts, id, revision, inclusive);
                members.add(member);
            }
        });
        members.sort(order(part.order()));
        return members;
    }

    private static List<Object> valuesAt(Part part, List<AuditRow> rows, String owner, long revision, boolean inclusive) {
        List<Map<String, Object>> live = new ArrayList<>();
        rows.stream()
            .filter(row -> inclusive ? row.revision() <= revision : row.revision() < revision)
            // within one revision a value is taken out before its replacement goes in
            .sorted(Comparator.comparingLong(AuditRow::revision).thenComparing(row -> row.type() != REMOVED))
            .forEach(row -> {
                Map<String, Object> value = new LinkedHashMap<>(row.columns());
                value.remove(owner);
                value.remove(SET_ORDINAL);
                if (row.type() == REMOVED) {
                    live.remove(value);
                }
                else {
                    live.add(value);
                }
            });
        live.sort(order(part.order()));
        part.order().forEach(position -> live.forEach(value -> value.remove(camel(position))));
        return live.stream().map(value -> value.size() == 1 ? value.values().iterator().next() : value).toList();
    }

    /** As the database orders by these columns: each ascending unless marked desc, nulls last when ascending. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Comparator<Map<String, Object>> order(List<String> columns) {
        Comparator<Map<String, Object>> order = (a, b) -> 0;
        for (String column : columns) {
            String[] words = column.split(" ");
            String name = camel(words[0]);
            Comparator<Comparable> values = Comparator.nullsLast(Comparator.naturalOrder());
            Comparator<Map<String, Object>> by = Comparator.comparing(row -> (Comparable) (row.get(name) instanceof UUID id ? id.toString() : row.get(name)), values);
            order = order.thenComparing(words.length > 1 && words[1].equals("desc") ? by.reversed() : by);
        }
        return order;
    }

    /** The row as it stood at a revision: the last written at or (not inclusive) before it. */
    private static AuditRow latest(List<AuditRow> rows, long revision, boolean inclusive) {
        // rows are in revision order: the last one at or before the revision is found by halving
        long bound = inclusive ? revision : revision - 1;
        int low = 0;
        int high = rows.size() - 1;
        AuditRow latest = null;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (rows.get(middle).revision() <= bound) {
                latest = rows.get(middle);
                low = middle + 1;
            }
            else {
                high = middle - 1;
            }
        }
        return latest;
    }

    private List<AuditRow> read(String table, String filter, UUID id) {
        return jdbc.sql("select * from " + table + "_aud where " + filter + " order by rev")
            .param("id", id)
            .query(RecordHistory::rows);
    }

    private static List<AuditRow> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            names.add(meta.getColumnName(i));
            types.add(meta.getColumnTypeName(i));
        }
        List<String> fields = names.stream().map(RecordHistory::camel).toList();
        List<AuditRow> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> columns = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).equals("rev") && !names.get(i).equals("revtype")) {
                    columns.put(fields.get(i), value(rs, i + 1, types.get(i)));
                }
            }
            rows.add(new AuditRow(rs.getLong("rev"), rs.getInt("revtype"), columns));
        }
        return rows;
    }

    private static Object value(ResultSet rs, int column, String type) throws SQLException {
        Object value = switch (type) {
            case "date" -> rs.getObject(column, LocalDate.class);
            case "time" -> rs.getObject(column, LocalTime.class);
            case "timestamptz" -> {
                OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
                yield at == null ? null : at.toInstant();
            }
            default -> rs.getObject(column);
        };
        if (value instanceof Array array) {
            return Arrays.asList((Object[]) array.getArray());
        }
        return value;
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            }
            else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private record AuditRow(long revision, int type, Map<String, Object> columns) {
    }

    private record RevisionMade(long number, Instant at, String madeBy, String requestId) {
    }
}
