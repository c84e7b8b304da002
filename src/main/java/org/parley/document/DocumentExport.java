package org.parley.document;

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
 * The rows of a document export, a batch of ids at a time, in one statement each: the document with who
 * proposed it, its process and key issues by name, and the labels of its versions in the order recorded.
 */
@Repository
class DocumentExport {

    static final String COLUMNS = "id,title,kind,status,proposedBySide,proposedByDelegationId,proposedByDelegationName,processId,"
        + "processName,keyIssueIds,keyIssueNames,versions,summary,version,createdAt,updatedAt";

    private final JdbcClient jdbc;

    DocumentExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(List<UUID> ids, RowSink sink) {
        jdbc.sql("""
                select d.id, d.title, d.kind, d.status, coalesce(d.proposed_by_side, g.party_code) as proposed_by_side,
                       d.proposed_by_delegation_id, g.name as delegation_name, d.process_id, p.name as process_name,
                       array(select k.id::text from document_key_issues x join key_issues k on k.id = x.key_issue_id
                             where x.document_id = d.id order by k.name, k.id) as key_issue_ids,
                       array(select k.name from document_key_issues x join key_issues k on k.id = x.key_issue_id
                             where x.document_id = d.id order by k.name, k.id) as key_issue_names,
                       array(select v.label from document_versions v where v.document_id = d.id order by v.recorded_at, v.id) as versions,
                       d.summary, d.version, d.created_at, d.updated_at
                from unnest(:ids) with ordinality as i(id, n)
                join documents d on d.id = i.id
                left join delegations g on g.id = d.proposed_by_delegation_id
                left join processes p on p.id = d.process_id
                order by i.n
                """)
            .param("ids", ids.toArray(UUID[]::new))
            .query((ResultSet rs) -> {
                sink.row(Arrays.asList(rs.getObject("id"), rs.getString("title"), rs.getString("kind"), rs.getString("status"),
                    rs.getString("proposed_by_side"), rs.getObject("proposed_by_delegation_id"), rs.getString("delegation_name"),
                    rs.getObject("process_id"), rs.getString("process_name"), texts(rs, "key_issue_ids"), texts(rs, "key_issue_names"),
                    texts(rs, "versions"), rs.getString("summary"), rs.getLong("version"), instant(rs, "created_at"),
                    instant(rs, "updated_at")));
            });
    }
}
