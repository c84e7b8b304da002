package org.parley.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * Every kind of problem Parley answers with, apart from the domain's rules ({@link org.parley.domain.Rule},
 * all 409). The contract lists each slug, so a client can switch on {@code type} without a default case
 * for the unknown.
 */
public enum ProblemType {

    INVALID_INPUT(HttpStatus.BAD_REQUEST, "Invalid input",
        "A query parameter, header or body field is missing, unknown, malformed or breaks a limit; errors names each"),
    MALFORMED_JSON(HttpStatus.BAD_REQUEST, "Malformed JSON", "The body is not valid JSON"),
    UNREADABLE_BODY(HttpStatus.BAD_REQUEST, "Unreadable body", "The operation needs a body and none came"),
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "Bad request",
        "The server could not read the request line, path or headers, e.g. a malformed percent-escape in the path"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized",
        "No valid credentials came: send Authorization: Bearer with an API token or a JWT; WWW-Authenticate says what was wrong"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden",
        "The caller's role may not do this: reading takes VIEWER, creating and changing EDITOR, deleting and managing API tokens ADMIN"),
    CROSS_ORIGIN_REFUSED(HttpStatus.FORBIDDEN, "Cross-origin request refused",
        "A browser page from an origin that is not allowed, or asking for a method or header that is not allowed"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found", "No resource with that id, in the path or named in the body, or no such path"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "The path does not answer this method"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "The Accept header allows no type this operation answers in"),
    CONCURRENT_MODIFICATION(HttpStatus.CONFLICT, "Concurrent modification",
        "The write kept losing races to concurrent writes of the same data; read it again and retry"),
    IDEMPOTENCY_KEY_IN_USE(HttpStatus.CONFLICT, "Idempotency key in use",
        "A request with this Idempotency-Key is still being answered; retry in a moment to get its answer"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused",
        "The Idempotency-Key was used in the last 24 hours for another request; a new request takes a new key"),
    PRECONDITION_FAILED(HttpStatus.PRECONDITION_FAILED, "Precondition failed", "The resource changed since the ETag sent in If-Match"),
    CONTENT_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Content too large", "The body is larger than any Parley resource can be"),
    URI_TOO_LONG(HttpStatus.URI_TOO_LONG, "URI too long", "The request line is longer than the server reads"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "The body is not of the type the operation takes"),
    PRECONDITION_REQUIRED(HttpStatus.PRECONDITION_REQUIRED, "Precondition required",
        "A write of an existing resource needs If-Match: the ETag last read, or * to overwrite whatever is current"),
    REQUEST_HEADER_FIELDS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request header fields too large",
        "The headers are larger than the server reads"),
    REQUEST_REFUSED(HttpStatus.BAD_REQUEST, "Request refused",
        "The server's HTTP layer refused the request for a reason no other type names; status says which"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
        "The caller made more requests in a minute than it may; retry after Retry-After seconds"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "An unexpected failure, logged under the request id"),
    NOT_IMPLEMENTED(HttpStatus.NOT_IMPLEMENTED, "Not implemented", "A method the server does not implement at all, such as CONNECT"),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable",
        "PostgreSQL cannot be reached or did not answer in time; nothing was changed unless a later read shows it. Retry after Retry-After"),
    DATABASE_TIMEOUT(HttpStatus.SERVICE_UNAVAILABLE, "Database timeout",
        "A query ran past its time limit and was cancelled; nothing was changed. Retry after Retry-After, or narrow the request"),
    STREAMS_FULL(HttpStatus.SERVICE_UNAVAILABLE, "Streams full",
        "This instance serves as many change streams as it may; retry after Retry-After, or poll /api/v1/changes");

    private final HttpStatus status;

    private final String title;

    private final String description;

    ProblemType(HttpStatus status, String title, String description) {
        this.status = status;
        this.title = title;
        this.description = description;
    }

    /** The problem type for a status that the HTTP layer answers with on its own; 5xx are internal errors. */
    static ProblemType forStatus(int status) {
        return Arrays.stream(values())
            .filter(type -> type.status.value() == status && type != REQUEST_REFUSED && type.generic())
            .findFirst()
            .orElse(status >= 500 ? INTERNAL_ERROR : REQUEST_REFUSED);
    }

    // the types the HTTP layer can mean by a bare status; the others need Parley's own knowledge of what failed
    private boolean generic() {
        return switch (this) {
            case BAD_REQUEST, CROSS_ORIGIN_REFUSED, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, CONTENT_TOO_LARGE, URI_TOO_LONG,
                 UNSUPPORTED_MEDIA_TYPE, REQUEST_HEADER_FIELDS_TOO_LARGE, INTERNAL_ERROR, NOT_IMPLEMENTED -> true;
            default -> false;
        };
    }

    /** The stable name clients switch on, e.g. {@code invalid-input}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
