package org.parley.statement;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The commonest lists of statements, a round's, a key issue's and a speaker's, in their default order (newest first):
 * a page of ids and the list's capped count, each one fixed SQL statement on an index that holds the order. Read
 * through JDBC, since neither a repository's query method nor Hibernate adds anything to a list of ids or a number,
 * and together they were a fifth of a round's request time.
 */
@Repository
class StatementPages {

    private final JdbcClient jdbc;

    StatementPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of the talk's statements, from the talk's index alone. */
    List<UUID> newestOf(UUID talkId, long offset, int limit) {
        return jdbc.sql("select id from statements where talk_id = :talkId order by stated_on desc, id offset :offset limit :limit")
            .param("talkId", talkId).param("offset", offset).param("limit", limit).query(UUID.class).list();
    }

    /** How many statements the talk holds, counting at most {@code limit}, from the talk's index alone. */
    long countOfAtMost(UUID talkId, long limit) {
        return jdbc.sql("select count(*) from (select 1 from statements where talk_id = :talkId limit :limit) made")
            .param("talkId", talkId).param("limit", limit).query(Long.class).single();
    }

    /** A page of the statements about the key issue, from its index alone. */
    List<UUID> newestAbout(UUID keyIssueId, long offset, int limit) {
        return jdbc.sql("""
                select statement_id from statement_key_issues where key_issue_id = :keyIssueId
                order by stated_on desc, statement_id offset :offset limit :limit
                """)
            .param("keyIssueId", keyIssueId).param("offset", offset).param("limit", limit).query(UUID.class).list();
    }

    /**
     * How many statements are about the key issue, counting at most {@code limit}: one row per statement
     * and issue, each row's statement held by a foreign key, so the index alone counts them.
     */
    long countAboutAtMost(UUID keyIssueId, long limit) {
        return jdbc.sql("select count(*) from (select 1 from statement_key_issues where key_issue_id = :keyIssueId limit :limit) about")
            .param("keyIssueId", keyIssueId).param("limit", limit).query(Long.class).single();
    }

    /**
     * A page of the statements whose speaker matches the LIKE pattern (lower case) or who are one of the people:
     * the newest {@code offset + limit} of each matching spelling and of each person, merged. The cost grows with
     * the page and the spellings, not with the statements they made.
     */
    List<UUID> newestSpokenBy(String pattern, UUID[] people, long offset, int limit) {
        return jdbc.sql("""
                select id from (
                    select n.id, n.stated_on from statement_speakers sp
                    cross join lateral (select s.id, s.stated_on from statements s where s.speaker_key = sp.spelling
                                        order by s.stated_on desc, s.id limit :offset + :limit) n
                    where sp.spelling like :pattern escape '\\'
                    union
                    select n.id, n.stated_on from unnest(cast(:people as uuid[])) p (id)
                    cross join lateral (select s.id, s.stated_on from statements s where s.person_id = p.id
                                        order by s.stated_on desc, s.id limit :offset + :limit) n
                ) spoken
                order by stated_on desc, id offset :offset limit :limit
                """)
            .param("pattern", pattern).param("people", people).param("offset", offset).param("limit", limit).query(UUID.class).list();
    }

    /**
     * How many statements {@link #newestSpokenBy} pages through, counting at most {@code limit} of those under
     * a matching spelling and as many of the rest: each part stops at its limit, and each spelling's count reads
     * no further than that into its index, and nothing but the index.
     */
    long countSpokenByAtMost(String pattern, UUID[] people, long limit) {
        return jdbc.sql("""
                select (select count(*) from (select 1 from statement_speakers sp
                            cross join lateral (select 1 from statements s where s.speaker_key = sp.spelling
                                                order by s.stated_on desc, s.id limit :limit) n
                            where sp.spelling like :pattern escape '\\'
                            limit :limit) spelled)
                     + (select count(*) from (select 1 from statements s
                            where s.person_id = any (cast(:people as uuid[])) and s.speaker_key not like :pattern escape '\\'
                            limit :limit) named)
                """)
            .param("pattern", pattern).param("people", people).param("limit", limit).query(Long.class).single();
    }
}
