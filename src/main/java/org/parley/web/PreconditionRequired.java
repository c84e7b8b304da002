package org.parley.web;

/** A write of an existing resource came without {@code If-Match}, so it could overwrite a change it never saw. */
class PreconditionRequired extends RuntimeException {

    private final String method;

    PreconditionRequired(String method) {
        super(method + " without If-Match");
        this.method = method;
    }

    String method() {
        return method;
    }
}
