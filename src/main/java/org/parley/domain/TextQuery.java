package org.parley.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A search as a desk types it, in web-search syntax: words must all occur, {@code "quoted words"} occur
 * in that order, {@code or} between two parts takes either, and {@code -word} excludes. Parsed here
 * rather than by PostgreSQL, so that whatever is typed becomes a well-formed {@code to_tsquery} of
 * quoted words (nothing typed reaches its parser as syntax) and each part can stand for its other
 * spellings.
 */
public final class TextQuery {

    /** The longest query taken: a search, not a document. */
    public static final int MAX_LENGTH = 500;

    /** The most parts one query has; the rest would only slow the search down. */
    public static final int MAX_TERMS = 16;

    // a word is a run of letters, digits and combining marks; anything else separates words
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");

    private static final Pattern TOKEN = Pattern.compile("(-?)\"([^\"]*)\"?|(-?)([^\\s\"]+)");

    /** How {@code q} reads, for the API description. */
    public static final String SYNTAX = "q searches in web-search syntax: words must all occur (in any form: guarantee finds guarantees), "
        + "\"quoted words\" in that order, or between two parts takes either, and -word excludes; case and accents are ignored "
        + "(Erdogan finds Erdoğan), and a name stands for the other spellings of the person, key issue or country it names "
        + "(Zelenskiy finds Zelenskyy, Turkey finds Türkiye).";

    /** How statements are ranked, for the API description. */
    public static final String WINDOW = "Statements are ranked among their newest matches: the newest 1,000 by default (by statedOn, after every "
        + "other filter) come first, best first, and older matches follow newest first; a filter such as to= moves the window.";

    /** What a list's {@code q} does, for the API description. */
    public static final String DESCRIPTION = SYNTAX + " With q the list is sorted by relevance unless sort says otherwise.";

    private final List<List<Term>> alternatives;

    private TextQuery(List<List<Term>> alternatives) {
        this.alternatives = alternatives;
    }

    /** The query of a list's {@code q}, none when it is left out or blank. */
    public static TextQuery of(String q) {
        return q == null || q.isBlank() ? null : parse(q, "q");
    }

    /**
     * The query in {@code text}; {@link InvalidInput} on {@code parameter} when nothing in it can be
     * searched for (only punctuation, operators or exclusions).
     */
    public static TextQuery parse(String text, String parameter) {
        List<List<Term>> alternatives = new ArrayList<>();
        List<Term> all = new ArrayList<>();
        List<Term> current = new ArrayList<>();
        Matcher token = TOKEN.matcher(text == null ? "" : text);
        while (token.find()) {
            boolean phrase = token.group(2) != null;
            boolean excluded = !(phrase ? token.group(1) : token.group(3)).isEmpty();
            String body = phrase ? token.group(2) : token.group(4);
            if (!phrase && !excluded && body.equalsIgnoreCase("or")) {
                if (!current.isEmpty()) {
                    alternatives.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            List<String> words = words(body);
            if (words.isEmpty()) {
                continue;
            }
            Term term = new Term(words, excluded);
            current.add(term);
            all.add(term);
        }
        if (!current.isEmpty()) {
            alternatives.add(current);
        }
        if (all.size() > MAX_TERMS) {
            throw new InvalidInput(parameter, "may have at most " + MAX_TERMS + " words or quoted phrases");
        }
        if (all.stream().allMatch(Term::excluded)) {
            throw new InvalidInput(parameter, "must name at least one word to search for, not only words to exclude");
        }
        return new TextQuery(alternatives);
    }

    /** The parts a record must (or may) contain, each as typed, whose other spellings may stand for them. */
    public Set<String> wanted() {
        return alternatives.stream().flatMap(List::stream).filter(term -> !term.excluded()).map(Term::text)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The query for PostgreSQL's {@code to_tsquery}, without other spellings. */
    public String toTsQuery() {
        return toTsQuery(Map.of());
    }

    /**
     * The query for PostgreSQL's {@code to_tsquery}: each wanted part matches itself or any of its
     * {@code spellings}, keyed by {@link #wanted()}.
     */
    public String toTsQuery(Map<String, Set<String>> spellings) {
        return alternatives.stream()
            .map(terms -> terms.stream().map(term -> term.render(spellings.getOrDefault(term.text(), Set.<String>of())))
                .collect(Collectors.joining(" & ", "(", ")")))
            .collect(Collectors.joining(" | "));
    }

    @Override
    public String toString() {
        return toTsQuery();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(word.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private record Term(List<String> words, boolean excluded) {

        String text() {
            return String.join(" ", words);
        }

        String render(Set<String> spellings) {
            if (excluded) {
                return "!" + phrase(words);
            }
            if (spellings.isEmpty()) {
                return phrase(words);
            }
            Set<String> forms = new LinkedHashSet<>();
            forms.add(phrase(words));
            // a spelling that holds the part itself (Grain corridor for grain) finds nothing more, and costs a phrase check
            spellings.stream().map(TextQuery::words).filter(w -> !w.isEmpty() && Collections.indexOfSubList(w, words) < 0)
                .map(Term::phrase).forEach(forms::add);
            return forms.stream().collect(Collectors.joining(" | ", "(", ")"));
        }

        // each word quoted, so that PostgreSQL reads it as a word whatever it holds; words only hold letters and digits
        private static String phrase(List<String> words) {
            String joined = words.stream().map(w -> "'" + w + "'").collect(Collectors.joining(" <-> "));
            return words.size() == 1 ? joined : "(" + joined + ")";
        }
    }
}
