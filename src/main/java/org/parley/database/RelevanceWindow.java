package org.parley.database;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.jpa.HibernateHints;
import org.parley.domain.CountedPage;
import org.parley.domain.TextMatch;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Relevance over a table that grows without bound (statements). Ranking every match of a common word
 * reads the search document of each of hundreds of thousands of rows; so the newest
 * {@code parley.search.ranked-matches} matches, in the list's recency order (the window), are ranked
 * against the query and come first, and older matches follow in recency order. Filters (a date range, a
 * speaker) move the window to the matches a desk asked about. Matches are counted as {@link Counts} counts.
 *
 * <p>The window is looked for among the newest records first ({@link Recency#floors()}), where PostgreSQL
 * can intersect the search index with the recency index and read only the rows in both, and only then
 * further back: the newest matches of a name that one statement in twenty holds cost a few thousand rows,
 * not the tens of thousands an index walk back through time would read.
 */
@Component
public class RelevanceWindow {

    /** How many times the window the first floor is expected to hold, since the planner's estimates are rough. */
    private static final double HEADROOM = 1.5;

    /**
     * The share of all records a search must be expected to match for its window to be read newest first rather than
     * through the search index: one match in ten records reads ten thousand rows for a window of a thousand, in about
     * as long as the index takes for a word one record in twenty holds (measured on a million statements).
     */
    private static final double WALKED_SHARE = 0.1;

    /** PostgreSQL's order of uuids, byte by byte, unsigned; {@link UUID#compareTo} compares signed halves. */
    private static final Comparator<UUID> AS_POSTGRESQL_ORDERS = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
        .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private final EntityManager entityManager;

    private final Counts counts;

    private final int size;

    RelevanceWindow(EntityManager entityManager, Counts counts, @Value("${parley.search.ranked-matches:1000}") int size) {
        if (size < 1) {
            throw new IllegalArgumentException("parley.search.ranked-matches must be at least 1");
        }
        this.entityManager = entityManager;
        this.counts = counts;
        this.size = size;
    }

    /**
     * The order that decides which matches are the newest: properties that are never null, the last one
     * unique; floors of its first property, newest first, from which a growing share of the records
     * come (none when the table is small); and the planner's estimate of how many records match, or null.
     */
    public record Recency(Sort order, List<Floor> floors, Estimate estimate) {

        public Recency {
            floors = List.copyOf(floors);
        }

        /**
         * Where a window of {@code size} is looked for first: without an estimate the first floor; with one, the first
         * floor expected to hold the window with room to spare, read newest first when matches are common, or none when
         * even the widest is expected to hold too few, and a rare word's few matches are all read.
         */
        Optional<FirstLook> firstLook(int size) {
            if (floors.isEmpty()) {
                return Optional.empty();
            }
            if (estimate == null) {
                return Optional.of(new FirstLook(floors.get(0), false));
            }
            return floors.stream().filter(floor -> floor.share() * estimate.matches() >= HEADROOM * size).findFirst()
                .map(floor -> new FirstLook(floor, estimate.share() >= WALKED_SHARE));
        }
    }

    /** A floor from which the newest matches are looked for, and whether they are read newest first (not through the search index). */
    record FirstLook(Floor floor, boolean walked) {
    }

    /** How many records a search is expected to match, among how many records in all: both the planner's estimates. */
    public record Estimate(double matches, double records) {

        /** The estimate, or null when there is none: the table has never been analysed. */
        public static Estimate of(double matches, double records) {
            return matches >= 0 && records > 0 ? new Estimate(matches, records) : null;
        }

        double share() {
            return matches / records;
        }
    }

    /** A value of the recency order's first property, and about which share of all records comes at or before it. */
    public record Floor(Comparable<?> value, double share) {
    }

    /** A match in the window, and its rank against the search when it was ranked as it was read. */
    private record Match(UUID id, Double rank) {
    }

    /** Whether a list's order is the window's: relevance first, whatever breaks its ties. */
    public static boolean ranks(Sort sort) {
        return sort.stream().findFirst().filter(order -> order.getProperty().equals(TextMatch.RELEVANCE)).isPresent();
    }

    /**
     * The ids of the page of the {@code type} records that {@code matching} selects: the window's, ranked
     * against {@code tsQuery} in the page's order (relevance first, see {@link #ranks}), then the rest in
     * recency order.
     */
    public <T> CountedPage<UUID> page(Class<T> type, Specification<T> matching, String tsQuery, Pageable pageable, Recency recency) {
        long offset = pageable.getOffset();
        int wanted = pageable.getPageSize();
        List<Match> window = matches(type, matching, rankedAlready(pageable.getSort()) ? tsQuery : null, recency);
        List<UUID> content = new ArrayList<>(wanted);
        if (offset < window.size()) {
            content.addAll(ranked(type, window, tsQuery, pageable.getSort(), (int) offset, wanted));
        }
        if (window.size() == size && offset + wanted > size) {
            content.addAll(inOrder(type, matching, recency.order())
                .setFirstResult((int) Math.max(offset, size)).setMaxResults(wanted - content.size()).getResultList());
        }
        return Counts.page(count(type, matching, window.size()), pageable, content);
    }

    /** Every id in the order {@link #page} gives, page after page, to {@code batch} {@code batchSize} at a time. */
    public <T> void forEachBatch(Class<T> type, Specification<T> matching, String tsQuery, Sort sort, Recency recency, int batchSize,
                                 Consumer<List<UUID>> batch) {
        List<UUID> ids = new ArrayList<>(batchSize);
        Consumer<UUID> collect = id -> {
            ids.add(id);
            if (ids.size() == batchSize) {
                batch.accept(List.copyOf(ids));
                ids.clear();
            }
        };
        List<Match> window = matches(type, matching, rankedAlready(sort) ? tsQuery : null, recency);
        if (!window.isEmpty()) {
            ranked(type, window, tsQuery, sort, 0, window.size()).forEach(collect);
        }
        if (window.size() == size) {
            try (var rest = inOrder(type, matching, recency.order()).setFirstResult(size)
                .setHint(HibernateHints.HINT_FETCH_SIZE, batchSize).getResultStream()) {
                rest.forEach(collect);
            }
        }
        if (!ids.isEmpty()) {
            batch.accept(List.copyOf(ids));
        }
    }

    /**
     * The ids of the window, the newest matches, at most {@code parley.search.ranked-matches} of them, ranked against
     * {@code tsQuery} as they are read, best first; matches of one rank stay in recency order, newest first.
     */
    public <T> List<UUID> rankedWindow(Class<T> type, Specification<T> matching, String tsQuery, Recency recency) {
        return matches(type, matching, tsQuery, recency).stream().sorted(Comparator.comparing(Match::rank).reversed()).map(Match::id).toList();
    }

    /**
     * The window's matches in recency order, each ranked against {@code rankedBy} as it is read unless that is null;
     * looked for among the newest records first.
     */
    private <T> List<Match> matches(Class<T> type, Specification<T> matching, String rankedBy, Recency recency) {
        List<Floor> floors = recency.floors();
        Optional<FirstLook> look = recency.firstLook(size);
        if (look.isPresent()) {
            Floor first = look.get().floor();
            List<Match> newest = look.get().walked() ? withoutBitmapScans(() -> newest(type, matching, rankedBy, recency.order(), first.value()))
                : newest(type, matching, rankedBy, recency.order(), first.value());
            if (newest.size() == size) {
                return newest;
            }
            // the share of the newest records that would hold the window were matches as frequent throughout, or the widest
            double needed = first.share() * size / Math.max(newest.size(), 1);
            Floor next = floors.stream().filter(floor -> floor.share() >= needed).findFirst().orElse(floors.get(floors.size() - 1));
            if (next != first) {
                newest = newest(type, matching, rankedBy, recency.order(), next.value());
                if (newest.size() == size) {
                    return newest;
                }
            }
        }
        return newest(type, matching, rankedBy, recency.order(), null);
    }

    /**
     * How many records {@code matching} selects, given how many its window holds ({@link #rankedWindow}): every one when
     * the window is not full, else as {@link Counts} counts them, at least as many as the window holds.
     */
    public <T> Counts.Count count(Class<T> type, Specification<T> matching, int inWindow) {
        if (inWindow < size) {
            return new Counts.Count(inWindow, true);
        }
        return counts.upTo() <= size ? new Counts.Count(size, false) : counts.of(type, matching);
    }

    /**
     * {@code query} run with PostgreSQL's bitmap scans off, and so without the search index, a GIN index, which only
     * bitmap scans read. For a common word the planner would intersect its posting list of hundreds of thousands of
     * rows with the floor's, which it costs far below the tens of milliseconds that takes; reading the floor's records
     * newest first and stopping at the window's last match reads a few thousand rows.
     */
    private <R> R withoutBitmapScans(Supplier<R> query) {
        String previous = (String) entityManager.createNativeQuery("""
                with p as materialized (select current_setting('enable_bitmapscan') as setting)
                select p.setting from p where set_config('enable_bitmapscan', 'off', true) is not null
                """).getSingleResult();
        try {
            return query.get();
        }
        finally {
            entityManager.createNativeQuery("select set_config('enable_bitmapscan', ?1, true)").setParameter(1, previous).getSingleResult();
        }
    }

    private <T> List<Match> newest(Class<T> type, Specification<T> matching, String rankedBy, Sort order, Comparable<?> floor) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<T> record = query.from(type);
        Predicate where = where(matching, record, query, cb);
        if (floor != null) {
            Sort.Order first = order.iterator().next();
            Expression<Comparable<Object>> property = record.get(first.getProperty());
            Comparable<Object> value = comparable(floor);
            where = cb.and(where, first.isAscending() ? cb.lessThanOrEqualTo(property, value) : cb.greaterThanOrEqualTo(property, value));
        }
        Expression<Double> rank = rankedBy == null ? cb.nullLiteral(Double.class)
            : cb.function("parley_rank", Double.class, record.get("id"), cb.literal(rankedBy));
        query.multiselect(record.get("id"), rank).where(where).orderBy(TextMatch.orders(order, record, null, cb));
        return entityManager.createQuery(query).setMaxResults(size).getResultList().stream()
            .map(row -> new Match(row.get(0, UUID.class), row.get(1, Double.class))).toList();
    }

    /**
     * The ids of the window's matches in {@code sort}, from {@code first}, at most {@code max}: in the order of their
     * ranks where the window holds them and the sort asks for nothing more ({@link #rankedAlready}), else as
     * PostgreSQL orders the window's records, which it reads again.
     */
    private <T> List<UUID> ranked(Class<T> type, List<Match> window, String tsQuery, Sort sort, int first, int max) {
        if (rankedAlready(sort)) {
            Comparator<Match> byRank = Comparator.comparingDouble(Match::rank);
            Sort.Order relevance = sort.iterator().next();
            return window.stream().sorted((relevance.isAscending() ? byRank : byRank.reversed()).thenComparing(Match::id, AS_POSTGRESQL_ORDERS))
                .skip(first).limit(max).map(Match::id).toList();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
        Root<T> record = query.from(type);
        ParameterExpression<UUID[]> ids = cb.parameter(UUID[].class);
        query.select(record.get("id")).where(cb.isTrue(cb.function("parley_any", Boolean.class, record.get("id"), ids)));
        query.orderBy(TextMatch.orders(sort, record, tsQuery, cb));
        return entityManager.createQuery(query).setParameter(ids, ids(window).toArray(UUID[]::new)).setHint(HibernateHints.HINT_READ_ONLY, true)
            .setFirstResult(first).setMaxResults(max).getResultList();
    }

    /**
     * Whether {@code sort} is relevance and then the id alone, the order of a search unless a desk asks for another:
     * the window's matches are then ranked as they are read, and ordered here, not read again.
     */
    private static boolean rankedAlready(Sort sort) {
        List<Sort.Order> orders = sort.toList();
        return orders.size() == 2 && orders.get(0).getProperty().equals(TextMatch.RELEVANCE)
            && orders.get(1).getProperty().equals("id") && orders.get(1).isAscending();
    }

    private static List<UUID> ids(List<Match> matches) {
        return matches.stream().map(Match::id).toList();
    }

    /** The ids of the matching records in {@code order}, or in no order when it is null. */
    private <T> TypedQuery<UUID> inOrder(Class<T> type, Specification<T> matching, Sort order) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
        Root<T> record = query.from(type);
        query.select(record.get("id")).where(where(matching, record, query, cb));
        if (order != null) {
            query.orderBy(TextMatch.orders(order, record, null, cb));
        }
        return entityManager.createQuery(query).setHint(HibernateHints.HINT_READ_ONLY, true);
    }

    private static <T> Predicate where(Specification<T> matching, Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb) {
        Predicate predicate = matching.toPredicate(root, query, cb);
        return predicate == null ? cb.conjunction() : predicate;
    }

    @SuppressWarnings("unchecked")
    private static Comparable<Object> comparable(Object value) {
        return (Comparable<Object>) value;
    }
}
