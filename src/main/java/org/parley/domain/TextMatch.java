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
import org.springframework.data.jpa.repository.query.QueryUtils;

/**
 * A list's {@code q}: the records whose search document (a {@code tsvector} column PostgreSQL keeps,
 * mapped by a read-only entity of its own so that it is never loaded with the record) matches a
 * {@link TextQuery}, ordered by relevance when the sort asks for it.
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
     * The records of type {@code T} whose search document, an entity of {@code textType} with the same
     * {@code id} and its {@code vector}, matches {@code tsQuery} (or, when {@code alsoMatching} says so,
     * whatever else matches); sorted by {@code sort} when it holds {@link #RELEVANCE}.
     */
    public static <T> Specification<T> of(Class<?> textType, String tsQuery, Sort sort, AlsoMatching<T> alsoMatching) {
        return (root, query, cb) -> {
            Root<?> text = query.from(textType);
            Path<Object> vector = text.get("vector");
            Predicate matched = matches(cb, vector, tsQuery);
            Predicate also = alsoMatching.predicate(root, tsQuery, query, cb);
            Class<?> result = query.getResultType();
            if (sortsByRelevance(sort) && !Long.class.equals(result) && !long.class.equals(result)) {
                List<Order> orders = new ArrayList<>();
                for (Sort.Order order : sort) {
                    if (order.getProperty().equals(RELEVANCE)) {
                        Expression<Double> rank = cb.function("parley_rank", Double.class, vector, cb.literal(tsQuery));
                        orders.add(order.isAscending() ? cb.asc(rank) : cb.desc(rank));
                    }
                    else {
                        orders.addAll(QueryUtils.toOrders(Sort.by(order), root, cb));
                    }
                }
                query.orderBy(orders);
            }
            return cb.and(cb.equal(text.get("id"), root.get("id")), also == null ? matched : cb.or(matched, also));
        };
    }

    public static <T> Specification<T> of(Class<?> textType, String tsQuery, Sort sort) {
        return of(textType, tsQuery, sort, (root, tsq, subquery, cb) -> null);
    }

    /** {@code vector @@ to_tsquery('parley', tsQuery)}. */
    public static Predicate matches(CriteriaBuilder cb, Expression<?> vector, String tsQuery) {
        return cb.isTrue(cb.function("parley_matches", Boolean.class, vector, cb.literal(tsQuery)));
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
