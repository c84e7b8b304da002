package org.parley.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The outcome of a PUT that creates the resource at its path or replaces it: 201 or 200, with the body. */
public record Upsert<T>(T body, boolean created) {

    public ResponseEntity<T> toResponse() {
        if (created) {
            return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().build().toUri()).body(body);
        }
        return ResponseEntity.status(HttpStatus.OK).body(body);
    }
}
