package org.parley.web;

/** A write of an existing resource came without {@code If-Match}, so it could overwrite a change it never saw. */
class PreconditionRequired extends RuntimeException {

    PreconditionRequired(String method) {
        super(method + " needs If-Match: the ETag from your last read of this resource, so that a change made since is not "
            + "overwritten unseen, or * to overwrite whatever is current");
    }
}
