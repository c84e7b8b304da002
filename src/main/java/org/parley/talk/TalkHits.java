package org.parley.talk;

import java.sql.Date;
import java.util.Collection;
import java.util.UUID;

import org.parley.database.TextSearch;
import org.parley.domain.TextHit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The talks a search finds, best first, in one statement; snippets only for the hits kept. */
@Repository
class TalkHits {

    private final JdbcClient jdbc;

    TalkHits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TextHit.Hits find(String tsQuery, Collection<UUID> processIds, int limit) {
        return TextSearch.hits(jdbc.sql("""
                select h.id, h.title, h.start_date, h.rank, h.total,
                       ts_headline('parley', concat_ws(' · ', concat_ws(', ', h.venue, h.city, h.country), h.summary),
                                   to_tsquery('parley', :q), :options) as snippet
                from (select t.id, t.title, t.start_date, t.venue, t.city, t.country, t.summary,
                             ts_rank(t.search_vector, to_tsquery('parley', :q)) as rank, count(*) over () as total
                      from talks t
                      where t.search_vector @@ to_tsquery('parley', :q) and (:anyProcess or t.process_id = any(:processIds))
                      order by rank desc, t.start_date desc nulls first, t.id
                      limit :limit) h
                order by h.rank desc, h.start_date desc nulls first, h.id
                """)
            .param("q", tsQuery)
            .param("options", TextHit.HEADLINE_OPTIONS)
            .param("anyProcess", processIds.isEmpty())
            .param("processIds", processIds.toArray(UUID[]::new))
            .param("limit", limit),
            (rs, row) -> {
                Date startDate = rs.getDate("start_date");
                UUID id = rs.getObject("id", UUID.class);
                return TextHit.marked(id, rs.getString("title"), rs.getString("snippet"), rs.getDouble("rank"),
                    startDate == null ? null : startDate.toLocalDate(), id);
            });
    }
}
