package org.parley.domain;

import java.util.List;

/** Input that is well formed JSON but breaks a rule about its own values, such as an end before a start. */
public class InvalidInput extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidInput(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
