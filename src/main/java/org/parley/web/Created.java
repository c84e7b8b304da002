package org.parley.web;

import java.util.UUID;

import org.parley.domain.Upserted;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The answer to a request that made a resource: 201, its address in {@code Location}, and its body. */
public final class Created {

    private Created() {
    }

    public static <T> ResponseEntity<T> at(UUID id, T body) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri())
            .body(body);
    }

    /** 201 with the request's own address when the PUT made the resource there, else 200. */
    public static <T> ResponseEntity<T> orReplaced(Upserted<T> outcome) {
        if (outcome.created()) {
            return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri()).body(outcome.value());
        }
        return ResponseEntity.ok(outcome.value());
    }
}
