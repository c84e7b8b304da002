package org.parley.database;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
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
     * unique; and floors of its first property, newest first, from which a growing share of the records
     * come (none when the table is small).
     */
    public record Recency(Sort order, List<Floor> floors) {

        public Recency {
            floors = List.copyOf(floors);
        }
    }

    /** A value of the recency order's first property, and about which share of all records comes at or before it. */
    public record Floor(Comparable<?> value, double share) {
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
        List<UUID> window = window(type, matching, recency);
        List<UUID> content = new ArrayList<>(wanted);
        if (offset < window.size()) {
            content.addAll(ranked(type, window, tsQuery, pageable.getSort()).setFirstResult((int) offset).setMaxResults(wanted).getResultList());
        }
        if (window.size() == size && offset + wanted > size) {
            content.addAll(inOrder(type, matching, recency.order())
                .setFirstResult((int) Math.max(offset, size)).setMaxResults(wanted - content.size()).getResultList());
        }
        return Counts.page(count(type, matching, window), pageable, content);
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
        List<UUID> window = window(type, matching, recency);
        if (!window.isEmpty()) {
            ranked(type, window, tsQuery, sort).getResultList().forEach(collect);
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
     * The ids of the window: the newest matches, at most {@code parley.search.ranked-matches} of them, in
     * recency order; looked for among the newest records first.
     */
    public <T> List<UUID> window(Class<T> type, Specification<T> matching, Recency recency) {
        List<Floor> floors = recency.floors();
        if (!floors.isEmpty()) {
            Floor first = floors.get(0);
            List<UUID> newest = newest(type, matching, recency.order(), first.value());
            if (newest.size() == size) {
                return newest;
            }
            // the share of the newest records that would hold the window were matches as frequent throughout, or the widest
            double needed = first.share() * size / Math.max(newest.size(), 1);
            Floor next = floors.stream().filter(floor -> floor.share() >= needed).findFirst().orElse(floors.get(floors.size() - 1));
            if (next != first) {
                newest = newest(type, matching, recency.order(), next.value());
                if (newest.size() == size) {
                    return newest;
                }
            }
        }
        return newest(type, matching, recency.order(), null);
    }

    /**
     * How many records {@code matching} selects, given its {@link #window}: every one when the window is not
     * full, else as {@link Counts} counts them, at least as many as the window holds.
     */
    public <T> Counts.Count count(Class<T> type, Specification<T> matching, List<UUID> window) {
        if (window.size() < size) {
            return new Counts.Count(window.size(), true);
        }
        return counts.upTo() <= size ? new Counts.Count(size, false) : counts.of(type, matching);
    }

    private <T> List<UUID> newest(Class<T> type, Specification<T> matching, Sort order, Comparable<?> floor) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
        Root<T> record = query.from(type);
        Predicate where = where(matching, record, query, cb);
        if (floor != null) {
            Sort.Order first = order.iterator().next();
            Expression<Comparable<Object>> property = record.get(first.getProperty());
            Comparable<Object> value = comparable(floor);
            where = cb.and(where, first.isAscending() ? cb.lessThanOrEqualTo(property, value) : cb.greaterThanOrEqualTo(property, value));
        }
        query.select(record.get("id")).where(where).orderBy(TextMatch.orders(order, record, null, cb));
        return entityManager.createQuery(query).setMaxResults(size).getResultList();
    }

    /** The ids of the window's records, in {@code sort}. */
    private <T> TypedQuery<UUID> ranked(Class<T> type, List<UUID> window, String tsQuery, Sort sort) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
        Root<T> record = query.from(type);
        query.select(record.get("id")).where(record.get("id").in(window));
        query.orderBy(TextMatch.orders(sort, record, tsQuery, cb));
        return entityManager.createQuery(query).setHint(HibernateHints.HINT_READ_ONLY, true);
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
