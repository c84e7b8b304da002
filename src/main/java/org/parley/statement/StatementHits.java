package org.parley.statement;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.parley.database.RelevanceWindow;
import org.parley.domain.TextHit;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a search of statements reads in SQL: the hits of its window (as {@link RelevanceWindow} chooses
 * it), best first, in one statement, ranked, cut at the limit, and only then given their snippets, which are
 * the costly part; and the days from which a small, then a growing share of the newest statements were made.
 */
@Repository
class StatementHits {

    /**
     * Percentiles of the statements' days from which the newest matches are looked for: about the newest
     * 1, 4, 10 and 25 in a hundred statements, from PostgreSQL's statistics of the column.
     */
    private static final int[] FLOORS = { 99, 96, 90, 75 };

    private final JdbcClient jdbc;

    StatementHits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Where the newest statements matching {@code tsQuery} are looked for first, in {@code order}: the days from which
     * about the newest 1, 4, 10 and 25 in a hundred statements were made, read from the histogram PostgreSQL keeps of
     * the column (none before the table is first analysed), and how many statements the planner expects to match (V25).
     * A floor that is out of date, or an estimate that is wrong, only reads more rows, never other ones.
     */
    RelevanceWindow.Recency recency(String tsQuery, Sort order) {
        RelevanceWindow.Estimate[] estimate = { null };
        List<RelevanceWindow.Floor> floors = jdbc.sql("""
                with m as materialized (select * from parley_statements_matching(:q))
                select b.day, 1 - p.percentile / 100.0 as share, m.matches, m.statements
                from m
                cross join pg_stats s
                cross join lateral unnest(:percentiles) with ordinality p(percentile, n)
                cross join lateral (select (s.histogram_bounds::text::date[])[p.percentile + 1] as day) b
                where s.schemaname = current_schema() and s.tablename = 'statements' and s.attname = 'stated_on'
                  and array_length(s.histogram_bounds::text::date[], 1) = 101
                order by p.n
                """)
            .param("q", tsQuery)
            .param("percentiles", FLOORS)
            .query((rs, row) -> {
                estimate[0] = RelevanceWindow.Estimate.of(rs.getDouble("matches"), rs.getDouble("statements"));
                return new RelevanceWindow.Floor(rs.getObject("day", LocalDate.class), rs.getDouble("share"));
            })
            .list();
        return new RelevanceWindow.Recency(order, floors, estimate[0]);
    }

    /** The best of the statements in {@code window}, at most {@code limit}. */
    List<TextHit> find(String tsQuery, List<UUID> window, int limit) {
        return jdbc.sql("""
                select h.id, h.speaker, h.speaker_title, h.stated_on, h.talk_id, h.rank,
                       ts_headline('parley', h.text, to_tsquery('parley', :q), :options) as snippet
                from (select s.id, s.speaker, s.speaker_title, s.stated_on, s.talk_id, s.text,
                             ts_rank(s.search_vector, to_tsquery('parley', :q)) as rank
                      from statements s
                      where s.id = any(:window)
                      order by rank desc, s.stated_on desc, s.id
                      limit :limit) h
                order by h.rank desc, h.stated_on desc, h.id
                """)
            .param("q", tsQuery)
            .param("options", TextHit.HEADLINE_OPTIONS)
            .param("window", window.toArray(UUID[]::new))
            .param("limit", limit)
            .query((rs, row) -> {
                String title = rs.getString("speaker_title") == null ? rs.getString("speaker")
                    : rs.getString("speaker") + ", " + rs.getString("speaker_title");
                Date statedOn = rs.getDate("stated_on");
                return TextHit.marked(rs.getObject("id", UUID.class), title, rs.getString("snippet"), rs.getDouble("rank"),
                    statedOn.toLocalDate(), rs.getObject("talk_id", UUID.class));
            })
            .list();
    }
}
