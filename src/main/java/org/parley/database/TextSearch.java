package org.parley.database;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.domain.TextHit;
import org.parley.domain.TextQuery;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link TextQuery} into the query PostgreSQL runs: each part a record must contain may also be
 * met by the other spellings of the people, key issues and countries it names ({@code parley_spellings}
 * of migration V16), so that Zelenskiy finds Zelenskyy and Turkey finds Türkiye. One statement, in the
 * caller's transaction.
 */
@Component
public class TextSearch {

    private final JdbcClient jdbc;

    TextSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The {@code to_tsquery} text for {@code query}, its parts widened by their other spellings. */
    public String tsQuery(TextQuery query) {
        Set<String> wanted = query.wanted();
        if (wanted.isEmpty()) {
            return query.toTsQuery();
        }
        Map<String, Set<String>> spellings = new LinkedHashMap<>();
        jdbc.sql("select t.term, s.spelling from unnest(?::text[]) t(term) cross join lateral parley_spellings(t.term) s(spelling)")
            .param(wanted.toArray(String[]::new))
            .query((rs, row) -> spellings.computeIfAbsent(rs.getString(1), term -> new LinkedHashSet<>()).add(rs.getString(2)))
            .list();
        return query.toTsQuery(spellings);
    }

    /**
     * The hits a search statement answers, each row mapped by {@code hit}, and how many match in all, read
     * from the statement's {@code total} column (a {@code count(*) over ()} before the limit).
     */
    public static TextHit.Hits hits(JdbcClient.StatementSpec statement, RowMapper<TextHit> hit) {
        long[] total = { 0 };
        List<TextHit> hits = statement.query((rs, row) -> {
            total[0] = rs.getLong("total");
            return hit.mapRow(rs, row);
        }).list();
        return new TextHit.Hits(List.copyOf(hits), total[0]);
    }
}
