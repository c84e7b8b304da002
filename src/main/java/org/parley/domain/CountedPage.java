package org.parley.domain;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page that says whether its total is exact: a list counted only up to a point holds at least that many
 * past it, rather than a count that reads every match of a common word in a large archive.
 */
public final class CountedPage<T> extends PageImpl<T> {

    private final long total;

    private final boolean totalExact;

    // PageImpl would take a short page for the end of the list, which a search's pages past its best hits are not
    private CountedPage(List<T> content, Pageable pageable, long total, boolean totalExact) {
        super(content, pageable, total);
        this.total = Math.max(total, pageable.isPaged() ? pageable.getOffset() + content.size() : content.size());
        this.totalExact = totalExact;
    }

    public static <T> CountedPage<T> exactly(List<T> content, Pageable pageable, long total) {
        return new CountedPage<>(content, pageable, total, true);
    }

    /** A page of a list that holds more than {@code total} records. */
    public static <T> CountedPage<T> atLeast(List<T> content, Pageable pageable, long total) {
        return new CountedPage<>(content, pageable, total, false);
    }

    /** {@code page} with {@code content} in place of its own, such as the records of the ids it holds, counted as it was. */
    public static <T> Page<T> withContent(Page<?> page, List<T> content) {
        if (page instanceof CountedPage<?> counted) {
            return new CountedPage<>(content, page.getPageable(), counted.total, counted.totalExact);
        }
        return new PageImpl<>(content, page.getPageable(), page.getTotalElements());
    }

    /** Whether {@link #getTotalElements()} is every record of the list, not a lower bound. */
    public boolean isTotalExact() {
        return totalExact;
    }

    @Override
    public long getTotalElements() {
        return total;
    }

    @Override
    public int getTotalPages() {
        return getSize() == 0 ? 1 : (int) Math.ceil((double) total / getSize());
    }

    @Override
    public <U> CountedPage<U> map(Function<? super T, ? extends U> converter) {
        return new CountedPage<>(getConvertedContent(converter), getPageable(), total, totalExact);
    }
}
