package org.parley.statement;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.parley.database.SqlValues;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Statements as the API answers with them, read in one statement whatever their number: each with its
 * key issues, documents, sources and relations. Writes go through {@link Statement}, whose rules they must
 * pass; a read needs none of them, and loading the entities took a round trip per collection.
 */
@Repository
class StatementReads {

    private static final TypeReference<List<StatementResponse.SourceResponse>> SOURCES = new TypeReference<>() {
    };

    private static final TypeReference<List<StatementResponse.RelationResponse>> RELATIONS = new TypeReference<>() {
    };

    private static final String SELECT = """
        select s.id, s.speaker, s.speaker_title, s.person_id, s.delegation_id, s.side, s.talk_id, s.stated_on,
               s.stated_on_precision, s.text, s.quote, s.kind, s.medium, s.language, s.version, s.created_at, s.updated_at,
               array(select k.key_issue_id from statement_key_issues k where k.statement_id = s.id) as key_issue_ids,
               array(select d.document_id from statement_documents d where d.statement_id = s.id) as document_ids,
               (select coalesce(json_agg(json_build_object('outlet', x.outlet, 'url', x.url, 'via', x.via,
                                                           'publishedOn', x.published_on, 'citing', x.citing)
                                         order by x.position), '[]')
                from statement_sources x where x.statement_id = s.id) as sources,
               (select coalesce(json_agg(json_build_object('type', r.type, 'statementId', r.target_id)), '[]')
                from statement_relations r where r.statement_id = s.id) as relations
        from statements s
        """;

    private final JdbcClient jdbc;

    private final JsonMapper json;

    StatementReads(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<StatementResponse> find(UUID id) {
        return jdbc.sql(SELECT + "where s.id = ?").param(id).query(this::statement).optional();
    }

    /** The statements of the given ids, in the order given; those that do not exist are left out. */
    List<StatementResponse> find(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return SqlValues.inOrderOf(ids, jdbc.sql(SELECT + "where s.id = any(?)").param(ids.toArray(UUID[]::new)).query(this::statement)
            .list(), StatementResponse::id);
    }

    // ids and relations in the order StatementResponse.of gives them, which is Java's order of UUIDs, not PostgreSQL's
    private StatementResponse statement(ResultSet rs, int row) throws SQLException {
        String medium = rs.getString("medium");
        return new StatementResponse(rs.getObject("id", UUID.class), rs.getString("speaker"), rs.getString("speaker_title"),
            rs.getObject("person_id", UUID.class), rs.getObject("delegation_id", UUID.class), rs.getString("side"),
            rs.getObject("talk_id", UUID.class), rs.getObject("stated_on", LocalDate.class),
            DatePrecision.valueOf(rs.getString("stated_on_precision")), rs.getString("text"), rs.getBoolean("quote"),
            StatementKind.valueOf(rs.getString("kind")), medium == null ? null : Medium.valueOf(medium), rs.getString("language"),
            sortedIds(rs.getArray("key_issue_ids")), sortedIds(rs.getArray("document_ids")),
            json.readValue(rs.getString("sources"), SOURCES),
            json.readValue(rs.getString("relations"), RELATIONS).stream()
                .sorted(Comparator.comparing(StatementResponse.RelationResponse::statementId)).toList(),
            rs.getLong("version"), SqlValues.instant(rs, "created_at"),
            SqlValues.instant(rs, "updated_at"));
    }

    private static List<UUID> sortedIds(Array array) throws SQLException {
        return Arrays.stream((UUID[]) array.getArray()).sorted().toList();
    }
}
