package org.parley.statement;

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
 * The rows of a statement export, a batch of ids at a time, in one statement each: the statement with the
 * names a spreadsheet wants beside its ids (speaker's person, delegation, talk, key issues) and its sources
 * written out, "AP, citing RIA Novosti".
 */
@Repository
class StatementExport {

    static final String COLUMNS = "id,statedOn,statedOnPrecision,speaker,speakerTitle,personId,personName,delegationId,delegationName,"
        + "side,talkId,talkTitle,kind,quote,medium,language,text,keyIssueIds,keyIssueNames,documentIds,sources,sourceUrls,"
        + "version,createdAt,updatedAt";

    private final JdbcClient jdbc;

    StatementExport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the rows of the statements, in the order of {@code ids}. */
    void write(List<UUID> ids, RowSink sink) {
        jdbc.sql("""
                select s.id, s.stated_on, s.stated_on_precision, s.speaker, s.speaker_title, s.person_id, p.name as person_name,
                       s.delegation_id, d.name as delegation_name, s.side, s.talk_id, t.title as talk_title, s.kind, s.quote,
                       s.medium, s.language, s.text,
                       array(select k.id::text from statement_key_issues x join key_issues k on k.id = x.key_issue_id
                             where x.statement_id = s.id order by k.name, k.id) as key_issue_ids,
                       array(select k.name from statement_key_issues x join key_issues k on k.id = x.key_issue_id
                             where x.statement_id = s.id order by k.name, k.id) as key_issue_names,
                       array(select x.document_id::text from statement_documents x where x.statement_id = s.id order by x.document_id)
                           as document_ids,
                       array(select concat_ws(:citing, x.outlet, x.via) from statement_sources x where x.statement_id = s.id
                             order by x.position) as sources,
                       array(select x.url from statement_sources x where x.statement_id = s.id and x.url is not null
                             order by x.position) as source_urls,
                       s.version, s.created_at, s.updated_at
                from unnest(:ids) with ordinality as i(id, n)
                join statements s on s.id = i.id
                left join people p on p.id = s.person_id
                left join delegations d on d.id = s.delegation_id
                left join talks t on t.id = s.talk_id
                order by i.n
                """)
            .param("citing", Source.CITING)
            .param("ids", ids.toArray(UUID[]::new))
            .query((ResultSet rs) -> {
                sink.row(Arrays.asList(rs.getObject("id"), rs.getObject("stated_on"), rs.getString("stated_on_precision"),
                    rs.getString("speaker"), rs.getString("speaker_title"), rs.getObject("person_id"), rs.getString("person_name"),
                    rs.getObject("delegation_id"), rs.getString("delegation_name"), rs.getString("side"), rs.getObject("talk_id"),
                    rs.getString("talk_title"), rs.getString("kind"), rs.getBoolean("quote"), rs.getString("medium"),
                    rs.getString("language"), rs.getString("text"), texts(rs, "key_issue_ids"), texts(rs, "key_issue_names"),
                    texts(rs, "document_ids"), texts(rs, "sources"), texts(rs, "source_urls"),
                    rs.getLong("version"), instant(rs, "created_at"), instant(rs, "updated_at")));
            });
    }
}
