package org.parley.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link org.springframework.data.domain.Pageable} parameter to be read strictly from
 * {@code page}, {@code size} and {@code sort}: only the properties named here may be sorted on, and
 * {@link #defaultSort()} applies when the caller gives none.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface SortableBy {

    String[] value();

    /** In the same form as the {@code sort} parameter, e.g. {@code "startDate,desc"}. */
    String defaultSort();

    /**
     * The search parameter, e.g. {@code "q"}, that makes {@link org.parley.domain.TextMatch#RELEVANCE}
     * sortable, and the default order, while it is given; none when the list has no search.
     */
    String searchedBy() default "";
}
