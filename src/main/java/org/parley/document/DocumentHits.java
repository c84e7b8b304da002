package org.parley.document;

import java.util.Collection;
import java.util.UUID;

import org.parley.database.TextSearch;
import org.parley.domain.TextHit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents a search finds by their title and summary or by what one of their versions says, best
 * first, in one statement; snippets only for the hits kept.
 */
@Repository
class DocumentHits {

    private final JdbcClient jdbc;

    DocumentHits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TextHit.Hits find(String tsQuery, Collection<UUID> processIds, int limit) {
        return TextSearch.hits(jdbc.sql("""
                with q as (select to_tsquery('parley', :q) as query),
                matched as (
                    select d.id, d.title, d.summary, d.search_vector, ts_rank(d.search_vector, q.query) as rank
                    from documents d, q
                    where (:anyProcess or d.process_id = any(:processIds))
                      and (d.search_vector @@ q.query
                           or exists (select 1 from document_versions v where v.document_id = d.id and v.search_vector @@ q.query))
                ),
                best as (
                    select m.id, m.title, m.summary,
                           greatest(m.rank, (select max(ts_rank(v.search_vector, q.query)) from document_versions v
                                             where v.document_id = m.id and v.search_vector @@ q.query)) as rank,
                           count(*) over () as total
                    from matched m, q
                    order by 4 desc, m.title, m.id
                    limit :limit
                )
                select b.id, b.title, b.rank, b.total,
                       ts_headline('parley', concat_ws(' · ', b.summary,
                                   (select string_agg(concat_ws(': ', v.label, v.summary), ' · ' order by v.recorded_at, v.id)
                                    from document_versions v where v.document_id = b.id)), q.query, :options) as snippet
                from best b, q
                order by b.rank desc, b.title, b.id
                """)
            .param("q", tsQuery)
            .param("options", TextHit.HEADLINE_OPTIONS)
            .param("anyProcess", processIds.isEmpty())
            .param("processIds", processIds.toArray(UUID[]::new))
            .param("limit", limit),
            (rs, row) -> {
                return TextHit.marked(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("snippet"),
                    rs.getDouble("rank"), null, null);
            });
    }
}
