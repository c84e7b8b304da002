package org.parley.change;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the change feed after a cursor. */
@Service
@Transactional(readOnly = true)
class ChangeService {

    static final int MAX_LIMIT = 1000;

    static final int DEFAULT_LIMIT = 100;

    private final JdbcClient jdbc;

    ChangeService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ChangesResponse after(long after, ChangeFilter filter, int limit) {
        List<ChangeResponse> changes = read(after, filter, limit);
        long next = changes.isEmpty() ? after : changes.getLast().seq();
        return new ChangesResponse(changes, next, latest());
    }

    /** The last sequence number committed. */
    long latest() {
        return jdbc.sql("select last_seq from change_cursor").query(Long.class).single();
    }

    /** Up to {@code limit} changes after the cursor that match the filter, in sequence order; one statement. */
    List<ChangeResponse> read(long after, ChangeFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("""
            select seq, at, resource_type, resource_id, action, version, changed_fields, path, talk_id, process_id
            from changes where seq > :after""");
        if (!filter.types().isEmpty()) {
            sql.append(" and resource_type in (:types)");
        }
        if (filter.talkId() != null) {
            sql.append(" and talk_id = :talkId");
        }
        if (filter.processId() != null) {
            sql.append(" and process_id = :processId");
        }
        sql.append(" order by seq limit :limit");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("after", after).param("limit", limit);
        if (!filter.types().isEmpty()) {
            statement = statement.param("types", filter.types().stream().map(Enum::name).toList());
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
            rs.getObject("talk_id", UUID.class), rs.getObject("process_id", UUID.class))).list();
    }
}
