package org.parley.talk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.parley.database.SqlValues;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Talks as the API answers with them, read in one statement: the round, its seats with the names of the
 * delegations and of the people who sat, and its agenda with the key issues' names. Writes go through
 * {@link Talk}, whose rules they must pass; a read needs none of them, and loading the aggregate, then each
 * feature's names, took a round trip each.
 */
@Repository
class TalkReads {

    private static final TypeReference<List<Seat>> SEATS = new TypeReference<>() {
    };

    private static final TypeReference<List<Item>> AGENDA = new TypeReference<>() {
    };

    // the orders of Talk's collections: seats by role, then as seated; the agenda as set; members the head first
    private static final String SELECT = """
        select t.id, t.title, t.city, t.country, t.venue, t.start_date, t.end_date, t.format, t.status, t.summary,
               t.expected_when, t.process_id, t.version, t.created_at, t.updated_at,
               (select coalesce(json_agg(json_build_object('delegationId', p.delegation_id, 'name', d.name, 'role', p.role,
                           'members', (select coalesce(json_agg(json_build_object('personId', m.person_id, 'name', pe.name,
                                                                                  'position', m.position, 'head', m.head)
                                                                order by m.head desc, m.ordinal), '[]')
                                       from talk_participant_members m join people pe on pe.id = m.person_id
                                       where m.participation_id = p.id))
                           order by p.role, p.id), '[]')
                from talk_participants p join delegations d on d.id = p.delegation_id
                where p.talk_id = t.id) as participants,
               (select coalesce(json_agg(json_build_object('keyIssueId', a.key_issue_id, 'name', k.name, 'status', a.status,
                                                           'note', a.note) order by a.id), '[]')
                from talk_agenda_items a join key_issues k on k.id = a.key_issue_id
                where a.talk_id = t.id) as agenda
        from talks t
        """;

    private final JdbcClient jdbc;

    private final JsonMapper json;

    TalkReads(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<TalkResponse> find(UUID id) {
        return jdbc.sql(SELECT + "where t.id = ?").param(id).query(this::talk).optional();
    }

    /** The talks of the given ids, in the order given; those that do not exist are left out. */
    List<TalkResponse> find(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return SqlValues.inOrderOf(ids, jdbc.sql(SELECT + "where t.id = any(?)").param(ids.toArray(UUID[]::new)).query(this::talk)
            .list(), TalkResponse::id);
    }

    private TalkResponse talk(ResultSet rs, int row) throws SQLException {
        long version = rs.getLong("version");
        List<ParticipantResponse> participants = json.readValue(rs.getString("participants"), SEATS).stream()
            .map(seat -> new ParticipantResponse(seat.delegationId(), seat.name(), seat.role(), seat.members(), version))
            .toList();
        List<AgendaItemResponse> agenda = json.readValue(rs.getString("agenda"), AGENDA).stream()
            .map(item -> new AgendaItemResponse(item.keyIssueId(), item.name(), item.status(), item.note(), version))
            .toList();
        return new TalkResponse(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("city"), rs.getString("country"),
            rs.getString("venue"), rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
            TalkFormat.valueOf(rs.getString("format")), TalkStatus.valueOf(rs.getString("status")), rs.getString("summary"),
            rs.getString("expected_when"), rs.getObject("process_id", UUID.class), participants, agenda, version,
            SqlValues.instant(rs, "created_at"),
            SqlValues.instant(rs, "updated_at"));
    }

    private record Seat(UUID delegationId, String name, ParticipantRole role, List<ParticipantResponse.RoundMemberResponse> members) {
    }

    private record Item(UUID keyIssueId, String name, AgendaStatus status, String note) {
    }
}
