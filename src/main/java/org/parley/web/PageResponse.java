package org.parley.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.parley.domain.CountedPage;

import org.springframework.data.domain.Page;

/** One page of a list, in the shape every list endpoint answers with. */
public record PageResponse<T>(@ArraySchema(maxItems = StrictPageableResolver.MAX_SIZE) List<T> content, PageMetadata page) {

    public static <T> PageResponse<T> of(Page<T> page) {
        boolean exact = !(page instanceof CountedPage<?> counted) || counted.isTotalExact();
        return new PageResponse<>(page.getContent(),
            new PageMetadata(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages(), exact));
    }

    /**
     * @param totalExact false when the list was counted only up to {@code totalElements} and holds more: a
     *                   list of statements of a large archive
     */
    public record PageMetadata(@Schema(minimum = "1", maximum = "100") int size, int number,
                               @Schema(description = "How many records the list holds; a lower bound when totalExact is false") long totalElements,
                               @Schema(description = "Pages of this size; a lower bound when totalExact is false") int totalPages,
                               @Schema(description = "Whether totalElements counts every record of the list. A list of statements (a search "
                                   + "included) is counted up to 1,000; past that, totalElements is 1,000 and this is false, and the pages go on.") boolean totalExact) {
    }
}
