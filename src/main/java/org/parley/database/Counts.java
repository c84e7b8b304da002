package org.parley.database;

import java.util.List;
import java.util.UUID;
import java.util.function.LongUnaryOperator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.jpa.HibernateHints;

import org.parley.domain.CountedPage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Counts of a list that grows without bound (statements), taken only up to
 * {@code parley.lists.counted-up-to}: past it the total is a lower bound and says so. An exact count of a
 * common kind or speaker reads every one of hundreds of thousands of rows on every page, which nobody
 * reads; counting a thousand costs the same whatever the archive holds.
 */
@Component
public class Counts {

    private final EntityManager entityManager;

    private final int upTo;

    Counts(EntityManager entityManager, @Value("${parley.lists.counted-up-to:1000}") int upTo) {
        if (upTo < 1) {
            throw new IllegalArgumentException("parley.lists.counted-up-to must be at least 1");
        }
        this.entityManager = entityManager;
        this.upTo = upTo;
    }

    /** How many records a list holds: exactly, or at least when {@code exact} is false. */
    public record Count(long total, boolean exact) {
    }

    /** How many records {@code specification} selects, counted up to the limit. */
    public <T> Count of(Class<T> type, Specification<T> specification) {
        return of(limit -> countAtMost(type, specification, limit));
    }

    /** The count of a query that counts at most the number it is given, taken up to the limit. */
    public Count of(LongUnaryOperator countAtMost) {
        long total = countAtMost.applyAsLong(upTo + 1L);
        return total > upTo ? new Count(upTo, false) : new Count(total, true);
    }

    private <T> long countAtMost(Class<T> type, Specification<T> specification, long limit) {
        // the first matches' ids, up to the limit, counted here: the query has the shape of a page's, whose SQL Hibernate
        // keeps; a count(*) over them in a derived table it translated to SQL again on every request, a sixth of a list's time
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
        Root<T> root = query.from(type);
        Predicate where = specification.toPredicate(root, query, cb);
        query.select(root.get("id"));
        if (where != null) {
            query.where(where);
        }
        // a count needs no order, whatever the specification asked for
        query.orderBy(List.of());
        return entityManager.createQuery(query).setMaxResults(Math.toIntExact(limit)).setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultList().size();
    }

    /**
     * {@code content}, a page of the records {@code specification} selects, with them counted up to the
     * limit; a short page is the end of the list and needs no count.
     */
    public <T, R> CountedPage<R> page(Class<T> type, Specification<T> specification, Pageable pageable, List<R> content) {
        return page(pageable, content, limit -> countAtMost(type, specification, limit));
    }

    /** {@code content}, a page of a list that {@code countAtMost} counts (see {@link #of(LongUnaryOperator)}). */
    public <R> CountedPage<R> page(Pageable pageable, List<R> content, LongUnaryOperator countAtMost) {
        if (content.size() < pageable.getPageSize() && (pageable.getOffset() == 0 || !content.isEmpty())) {
            return CountedPage.exactly(content, pageable, pageable.getOffset() + content.size());
        }
        return page(of(countAtMost), pageable, content);
    }

    /** {@code content} as a page of a list of {@code count} records. */
    public static <R> CountedPage<R> page(Count count, Pageable pageable, List<R> content) {
        return count.exact() ? CountedPage.exactly(content, pageable, count.total()) : CountedPage.atLeast(content, pageable, count.total());
    }

    public int upTo() {
        return upTo;
    }
}
