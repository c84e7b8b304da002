package org.parley.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One record a search found: what to call it, where it was found ({@code snippet}, with the matching
 * words at {@code highlights}) and how well it matched. Highlights are character ranges rather than
 * markup, so that a browser can mark them without trusting the text as HTML.
 */
public record TextHit(UUID id, String title, String snippet, List<Highlight> highlights, double rank, LocalDate date, UUID talkId) {

    /** Brackets {@code ts_headline} puts around a match: control characters, which no stored text holds. */
    public static final char START = '\u0002';

    public static final char STOP = '\u0003';

    /** A snippet holds at most this many words, so at most this many matches. */
    public static final int MAX_HIGHLIGHTS = 35;

    /** The {@code ts_headline} options that mark matches with {@link #START} and {@link #STOP}. */
    public static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
        + ", MaxWords=" + MAX_HIGHLIGHTS + ", MinWords=15, ShortWord=3";

    /** A hit whose snippet is as {@code ts_headline} marked it. */
    public static TextHit marked(UUID id, String title, String markedSnippet, double rank, LocalDate date, UUID talkId) {
        StringBuilder snippet = new StringBuilder();
        List<Highlight> highlights = new ArrayList<>();
        int start = -1;
        String marked = markedSnippet == null ? "" : markedSnippet;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START) {
                start = snippet.length();
            }
            else if (c == STOP) {
                if (start >= 0 && snippet.length() > start) {
                    highlights.add(new Highlight(start, snippet.length()));
                }
                start = -1;
            }
            else {
                snippet.append(c);
            }
        }
        return new TextHit(id, title, snippet.toString(), List.copyOf(highlights), rank, date, talkId);
    }

    /** The characters {@code [start, end)} of the snippet, counted in UTF-16 code units as JavaScript and Java count them. */
    public record Highlight(int start, int end) {
    }

    /** The best hits of one kind of record, and how many there are in all: exactly, or at least when {@code totalExact} is false. */
    public record Hits(List<TextHit> hits, long total, boolean totalExact) {

        public Hits(List<TextHit> hits, long total) {
            this(hits, total, true);
        }
    }
}
