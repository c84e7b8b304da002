package org.parley.talk;

import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.parley.domain.RowSink;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.parley.database.SqlValues.instant;
import static org.parley.database.SqlValues.texts;

/**
 * The rows of a talk export, a batch of ids at a time, in one statement each: the round with its
 * process's name, who sat at the table in which role ("Russian delegation (PARTY)") and where each agenda
 * item stood ("Territory: OPEN").
 */
@Repository
class TalkExport {

    static final String COLUMNS = "id,title,status,format,startDate,endDate,expectedWhen,city,country,venue,processId,processName,"
        + "delegationIds,participants,keyIssueIds,agenda,summary,version,createdAt,updatedAt";

    private final JdbcClient jdbc;

    TalkExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<UUID> ids, RowSink sink) {
        jdbc.sql("""
                select t.id, t.title, t.status, t.format, t.start_date, t.end_date, t.expected_when, t.city, t.country, t.venue,
                       t.process_id, p.name as process_name,
                       array(select d.id::text from talk_participants x join delegations d on d.id = x.delegation_id
                             where x.talk_id = t.id order by d.name, d.id) as delegation_ids,
                       array(select d.name || ' (' || x.role || ')' from talk_participants x join delegations d on d.id = x.delegation_id
                             where x.talk_id = t.id order by d.name, d.id) as participants,
                       array(select k.id::text from talk_agenda_items a join key_issues k on k.id = a.key_issue_id
                             where a.talk_id = t.id order by k.name, k.id) as key_issue_ids,
                       array(select k.name || ': ' || a.status from talk_agenda_items a join key_issues k on k.id = a.key_issue_id
                             where a.talk_id = t.id order by k.name, k.id) as agenda,
                       t.summary, t.version, t.created_at, t.updated_at
                from unnest(:ids) with ordinality as i(id, n)
                join talks t on t.id = i.id
                left join processes p on p.id = t.process_id
                order by i.n
                """)
            .param("ids", ids.toArray(UUID[]::new))
            .query((ResultSet rs) -> {
                sink.row(Arrays.asList(rs.getObject("id"), rs.getString("title"), rs.getString("status"), rs.getString("format"),
                    rs.getObject("start_date"), rs.getObject("end_date"), rs.getString("expected_when"), rs.getString("city"),
                    rs.getString("country"), rs.getString("venue"), rs.getObject("process_id"), rs.getString("process_name"),
                    texts(rs, "delegation_ids"), texts(rs, "participants"), texts(rs, "key_issue_ids"),
                    texts(rs, "agenda"), rs.getString("summary"), rs.getLong("version"), instant(rs, "created_at"),
                    instant(rs, "updated_at")));
            });
    }
}
