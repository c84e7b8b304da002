package org.parley.change;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.parley.domain.RowSink;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reads the change feed after a cursor. */
@Service
@Transactional(readOnly = true)
class ChangeService {

    static final int MAX_LIMIT = 1000;

    static final int DEFAULT_LIMIT = 100;

    static final String COLUMNS = "seq,at,resourceType,id,action,version,changedFields,path,talkId,processId,revision,changedBy";

    private final JdbcClient jdbc;

    ChangeService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The changes after a cursor, and the cursor to ask with next. Everything up to the end of the feed read
     * first is committed, and so seen by the read that follows: when that read comes back short, the next
     * cursor moves past it too, so that a filter matching little does not rescan what it has passed.
     */
    ChangesResponse after(long after, ChangeFilter filter, int limit) {
        long latest = latest();
        List<ChangeResponse> changes = read(after, filter, limit);
        long last = changes.isEmpty() ? after : changes.getLast().seq();
        long next = changes.size() < limit ? Math.max(last, latest) : last;
        return new ChangesResponse(changes, next, latest);
    }

    /**
     * Every change after the cursor that matches the filter, up to the end of the feed when the export
     * began, to the sink in sequence order, read a thousand at a time, each read on its own: sequence order
     * is commit order, so no snapshot is needed, and a slow client holds no transaction open.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void export(long after, ChangeFilter filter, RowSink sink) {
        sink.columns(List.of(COLUMNS.split(",")));
        long end = latest();
        long cursor = after;
        while (cursor < end) {
            List<ChangeResponse> changes = read(cursor, filter, MAX_LIMIT);
            for (ChangeResponse change : changes) {
                if (change.seq() > end) {
                    return;
                }
                sink.row(Arrays.asList(change.seq(), change.at(), change.resourceType(), change.id(), change.action(), change.version(),
                    change.changedFields(), change.path(), change.talkId(), change.processId(), change.revision(), change.changedBy()));
            }
            if (changes.size() < MAX_LIMIT) {
                return;
            }
            cursor = changes.getLast().seq();
        }
    }

    /** The last sequence number committed. */
    long latest() {
        return jdbc.sql("select last_seq from change_cursor").query(Long.class).single();
    }

    /**
     * Up to {@code limit} changes after the cursor that match the filter, in sequence order; one statement.
     * Several kinds of record are read kind by kind, each from its own index in sequence order and cut at the
     * limit, then merged: one scan of them all would read every change of every kind asked for and sort them.
     */
    List<ChangeResponse> read(long after, ChangeFilter filter, int limit) {
        String sql;
        if (filter.types().size() > 1) {
            StringBuilder union = new StringBuilder("select * from (");
            for (int i = 0; i < filter.types().size(); i++) {
                union.append(i == 0 ? "" : " union all ").append("(").append(select(filter, "resource_type = :type" + i)).append(")");
            }
            sql = union.append(") merged order by seq limit :limit").toString();
        }
        else {
            sql = select(filter, filter.types().isEmpty() ? null : "resource_type = :type0");
        }
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("after", after).param("limit", limit);
        for (int i = 0; i < filter.types().size(); i++) {
            statement = statement.param("type" + i, filter.types().get(i).name());
        }
        if (filter.talkId() != null) {
            statement = statement.param("talkId", filter.talkId());
        }
        if (filter.processId() != null) {
            statement = statement.param("processId", filter.processId());
        }
        return statement.query((rs, row) -> new ChangeResponse(rs.getLong("seq"), rs.getTimestamp("at").toInstant(),
            ResourceType.valueOf(rs.getString("resource_type")), rs.getObject("resource_id", UUID.class),
            ChangeAction.valueOf(rs.getString("action")), rs.getLong("version"),
            List.of((String[]) rs.getArray("changed_fields").getArray()), rs.getString("path"),
            rs.getObject("talk_id", UUID.class), rs.getObject("process_id", UUID.class), rs.getObject("revision", Long.class),
            filter.authors() ? rs.getString("changed_by") : null)).list();
    }

    private static String select(ChangeFilter filter, String type) {
        StringBuilder sql = new StringBuilder("""
            select seq, at, resource_type, resource_id, action, version, changed_fields, path, talk_id, process_id, revision, changed_by
            from changes where seq > :after""");
        if (type != null) {
            sql.append(" and ").append(type);
        }
        if (filter.talkId() != null) {
            sql.append(" and talk_id = :talkId");
        }
        if (filter.processId() != null) {
            sql.append(" and process_id = :processId");
        }
        return sql.append(" order by seq limit :limit").toString();
    }
}
