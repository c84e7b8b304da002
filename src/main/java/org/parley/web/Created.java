package org.parley.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answer to a POST that made a resource: 201, its address in {@code Location}, and its body. */
public final class Created {

    private Created() {
    }

    public static <T> ResponseEntity<T> at(UUID id, T body) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri())
            .body(body);
    }
}
