package org.parley.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/** One page of a list, in the shape every list endpoint answers with. */
public record PageResponse<T>(@ArraySchema(maxItems = StrictPageableResolver.MAX_SIZE) List<T> content, PageMetadata page) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(),
            new PageMetadata(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages()));
    }

    public record PageMetadata(@Schema(minimum = "1", maximum = "100") int size, int number, long totalElements, int totalPages) {
    }
}
