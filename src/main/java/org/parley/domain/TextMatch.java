package org.parley.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * A list's {@code q}: the records whose search document (the {@code tsvector} column PostgreSQL keeps
 * in their row, never loaded with the record) matches a {@link TextQuery}, ordered by relevance when the
 * sort asks for it.
 *
 * <p>The functions used here are registered with Hibernate by {@code org.parley.database.SearchFunctions}.
 */
public final class TextMatch {

    /** The sort key of relevance, the default order of a list searched with {@code q}. */
    public static final String RELEVANCE = "relevance";

    private TextMatch() {
    }

    /** Spring Data sorts only by entity attributes: a page sorted by relevance is sorted by {@link #of}, not by the repository. */
    public static Pageable forRepository(Pageable pageable) {
        return sortsByRelevance(pageable.getSort()) ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()) : pageable;
    }

    /**
     * The records of type {@code T} whose search document matches {@code tsQuery} (or, when
     * {@code alsoMatching} says so, whatever else matches); sorted by {@code sort} when it holds
     * {@link #RELEVANCE}.
     */
    public static <T> Specification<T> of(String tsQuery, Sort sort, AlsoMatching<T> alsoMatching) {
        return (root, query, cb) -> {
            Predicate matched = matches(cb, root, tsQuery);
            Predicate also = alsoMatching.predicate(root, tsQuery, query, cb);
            Class<?> result = query.getResultType();
            if (sortsByRelevance(sort) && !Long.class.equals(result) && !long.class.equals(result)) {
                query.orderBy(orders(sort, root, tsQuery, cb));
            }
            return also == null ? matched : cb.or(matched, also);
        };
    }

    public static <T> Specification<T> of(String tsQuery, Sort sort) {
        return of(tsQuery, sort, (root, tsq, subquery, cb) -> null);
    }

    /** {@code sort} as criteria orders, {@link #RELEVANCE} among them ranked against {@code tsQuery}. */
    public static List<Order> orders(Sort sort, Path<?> record, String tsQuery, CriteriaBuilder cb) {
        List<Order> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            if (order.getProperty().equals(RELEVANCE)) {
                Expression<Double> rank = cb.function("parley_rank", Double.class, record.get("id"), cb.literal(tsQuery));
                orders.add(order.isAscending() ? cb.asc(rank) : cb.desc(rank));
            }
            else {
                orders.add(order.isAscending() ? cb.asc(record.get(order.getProperty())) : cb.desc(record.get(order.getProperty())));
            }
        }
        return orders;
    }

    /** {@code search_vector @@ to_tsquery('parley', tsQuery)} of the record's own row. */
    public static Predicate matches(CriteriaBuilder cb, Path<?> record, String tsQuery) {
        return cb.isTrue(cb.function("parley_matches", Boolean.class, record.get("id"), cb.literal(tsQuery)));
    }

    /** Whether the sort asks for relevance, which only {@link #of} can order by. */
    public static boolean sortsByRelevance(Sort sort) {
        return sort.stream().anyMatch(order -> order.getProperty().equals(RELEVANCE));
    }

    /** What else makes a record match, besides its own search document: a document's versions, say. */
    @FunctionalInterface
    public interface AlsoMatching<T> {

        Predicate predicate(Root<T> root, String tsQuery, CriteriaQuery<?> query, CriteriaBuilder cb);
    }
}
