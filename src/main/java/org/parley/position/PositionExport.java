package org.parley.position;

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
 * The rows of a position export, a batch of ids at a time, in one statement each: a side's stance with the
 * key issue by name and the statements cited as evidence, by id and as "speaker (day)".
 */
@Repository
class PositionExport {

    static final String COLUMNS = "id,side,keyIssueId,keyIssueName,stance,asOf,summary,evidenceIds,evidence,version,createdAt,updatedAt";

    private final JdbcClient jdbc;

    PositionExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<UUID> ids, RowSink sink) {
        jdbc.sql("""
                select p.id, p.side, p.key_issue_id, k.name as key_issue_name, p.stance, p.as_of, p.summary,
                       array(select s.id::text from position_evidence e join statements s on s.id = e.statement_id
                             where e.position_id = p.id order by s.stated_on, s.id) as evidence_ids,
                       array(select s.speaker || ' (' || s.stated_on || ')' from position_evidence e join statements s on s.id = e.statement_id
                             where e.position_id = p.id order by s.stated_on, s.id) as evidence,
                       p.version, p.created_at, p.updated_at
                from unnest(:ids) with ordinality as i(id, n)
                join positions p on p.id = i.id
                join key_issues k on k.id = p.key_issue_id
                order by i.n
                """)
            .param("ids", ids.toArray(UUID[]::new))
            .query((ResultSet rs) -> {
                sink.row(Arrays.asList(rs.getObject("id"), rs.getString("side"), rs.getObject("key_issue_id"), rs.getString("key_issue_name"),
                    rs.getString("stance"), rs.getObject("as_of"), rs.getString("summary"), texts(rs, "evidence_ids"), texts(rs, "evidence"),
                    rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at")));
            });
    }
}
