package org.parley.statement;

import java.sql.Date;
import java.util.List;
import java.util.UUID;

import org.parley.database.TextSearch;
import org.parley.domain.TextHit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statements a search finds, best first, in one statement: ranked over every match, cut at the limit,
 * and only then given their snippets, which are the costly part.
 */
@Repository
class StatementHits {

    private final JdbcClient jdbc;

    StatementHits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param talkIds the rounds the statements were made around, or null for any statement */
    TextHit.Hits find(String tsQuery, List<UUID> talkIds, int limit) {
        return TextSearch.hits(jdbc.sql("""
                select h.id, h.speaker, h.speaker_title, h.stated_on, h.talk_id, h.rank, h.total,
                       ts_headline('parley', h.text, to_tsquery('parley', :q), :options) as snippet
                from (select s.id, s.speaker, s.speaker_title, s.stated_on, s.talk_id, s.text,
                             ts_rank(s.search_vector, to_tsquery('parley', :q)) as rank, count(*) over () as total
                      from statements s
                      where s.search_vector @@ to_tsquery('parley', :q) and (:anyTalk or s.talk_id = any(:talkIds))
                      order by rank desc, s.stated_on desc, s.id
                      limit :limit) h
                order by h.rank desc, h.stated_on desc, h.id
                """)
            .param("q", tsQuery)
            .param("options", TextHit.HEADLINE_OPTIONS)
            .param("anyTalk", talkIds == null)
            .param("talkIds", (talkIds == null ? List.<UUID>of() : talkIds).toArray(UUID[]::new))
            .param("limit", limit),
            (rs, row) -> {
                String title = rs.getString("speaker_title") == null ? rs.getString("speaker")
                    : rs.getString("speaker") + ", " + rs.getString("speaker_title");
                Date statedOn = rs.getDate("stated_on");
                return TextHit.marked(rs.getObject("id", UUID.class), title, rs.getString("snippet"), rs.getDouble("rank"),
                    statedOn.toLocalDate(), rs.getObject("talk_id", UUID.class));
            });
    }
}
