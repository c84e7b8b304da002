package org.parley.database;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.hibernate.jpa.HibernateHints;
import org.parley.domain.TextMatch;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

/**
 * A page of a list as the ids of its records, chosen by the list's specification and counted as Spring
 * Data counts (not at all when the page shows the list's end), so that a read model can load the records
 * in one statement rather than as entities with a statement per collection.
 */
@Component
public class IdPages {

    private final EntityManager entityManager;

    IdPages(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public <T> Page<UUID> find(Class<T> type, Specification<T> specification, Pageable pageable) {
        return PageableExecutionUtils.getPage(slice(type, specification, pageable), pageable, () -> count(type, specification));
    }

    /** The ids of the page, uncounted. */
    public <T> List<UUID> slice(Class<T> type, Specification<T> specification, Pageable pageable) {
        return ids(type, specification, pageable.getSort()).setFirstResult((int) pageable.getOffset())
            .setMaxResults(pageable.getPageSize()).getResultList();
    }

    /** Every id the specification selects, in {@code sort}: by relevance as the specification orders it (TextMatch). */
    public <T> TypedQuery<UUID> ids(Class<T> type, Specification<T> specification, Sort sort) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<UUID> query = cb.createQuery(UUID.class);
        Root<T> root = query.from(type);
        Predicate where = specification.toPredicate(root, query, cb);
        query.select(root.get("id"));
        if (where != null) {
            query.where(where);
        }
        // an order by relevance is the specification's own (TextMatch), which an empty order here would erase
        if (sort.isSorted() && !TextMatch.sortsByRelevance(sort)) {
            query.orderBy(QueryUtils.toOrders(sort, root, cb));
        }
        return entityManager.createQuery(query).setHint(HibernateHints.HINT_READ_ONLY, true);
    }

    private <T> long count(Class<T> type, Specification<T> specification) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<T> root = query.from(type);
        Predicate where = specification.toPredicate(root, query, cb);
        query.select(cb.count(root));
        if (where != null) {
            query.where(where);
        }
        return entityManager.createQuery(query).getSingleResult();
    }
}
