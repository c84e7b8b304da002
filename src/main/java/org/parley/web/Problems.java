package org.parley.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.database.DatabaseFailure;
import org.parley.domain.InvalidInput.FieldError;
import org.parley.domain.Rule;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one place problems are made, whoever refuses the request: Spring MVC's exception handling, the
 * error page the servlet container dispatches to, a filter, or the container itself. Each problem has a
 * documented type, a detail that stays within its published length, and the request id.
 */
final class Problems {

    /** A problem a filter prepared before refusing the request; the error dispatch answers with it. */
    static final String PREPARED = Problems.class.getName() + ".prepared";

    /** Set on a request whose use case lost every race it ran, so that whoever holds its transaction may run it again. */
    static final String LOST_RACE = Problems.class.getName() + ".lostRace";

    static final int MAX_ERRORS = 100;

    static final int MAX_DETAIL = 2000;

    /** How long a client should wait before retrying after the database failed it. */
    static final String RETRY_AFTER_SECONDS = "2";

    private Problems() {
    }

    static ProblemDetail of(ProblemType type, String detail) {
        return of(type.status(), type.slug(), type.title(), detail);
    }

    static ProblemDetail of(Rule rule, String detail) {
        return of(HttpStatus.CONFLICT, rule.slug(), rule.title(), detail);
    }

    static ProblemDetail databaseUnavailable() {
        return of(ProblemType.DATABASE_UNAVAILABLE, "The database cannot be reached or did not answer in time; nothing was changed "
            + "unless a later read shows it. Retry in a moment");
    }

    static ProblemDetail databaseTimeout() {
        return of(ProblemType.DATABASE_TIMEOUT, "The request took the database longer than it may and was cancelled; nothing was changed. "
            + "Retry in a moment, or narrow the request");
    }

    static ProblemDetail streamsFull() {
        return of(ProblemType.STREAMS_FULL, "This instance already serves as many change streams as it may; retry in a moment, "
            + "or poll /api/v1/changes meanwhile");
    }

    /** What a failure of the database means to the client. */
    static ProblemDetail ofDatabaseFailure(DatabaseFailure failure) {
        return switch (failure) {
            case UNAVAILABLE -> databaseUnavailable();
            case TIMEOUT -> databaseTimeout();
            case LOST_RACE -> concurrentModification();
            case UNSTORABLE_VALUE -> unstorable();
        };
    }

    static ProblemDetail concurrentModification() {
        return of(ProblemType.CONCURRENT_MODIFICATION, "Others changed the same data at the same time, on every attempt; read it again and retry");
    }

    static ProblemDetail internalError() {
        return of(ProblemType.INTERNAL_ERROR, "An unexpected error occurred and has been logged");
    }

    static ProblemDetail unstorable() {
        return invalid("request", "holds a value that cannot be stored or searched for, such as text with a NUL character");
    }

    static ProblemDetail preconditionRequired(String method) {
        return of(ProblemType.PRECONDITION_REQUIRED, method + " needs If-Match: the ETag from your last read of this resource, so that a "
            + "change made since is not overwritten unseen, or * to overwrite whatever is current");
    }

    /** What the HTTP layer means by a bare status, for refusals that happen before Parley's own code runs. */
    static ProblemDetail forStatus(int status) {
        ProblemType type = ProblemType.forStatus(status);
        HttpStatus known = HttpStatus.resolve(status);
        String detail = switch (type) {
            case INTERNAL_ERROR -> internalError().getDetail();
            case REQUEST_REFUSED -> "The server refused the request" + (known == null ? "" : ": " + known.getReasonPhrase());
            default -> type.description();
        };
        return of(HttpStatusCode.valueOf(status), type.slug(), type.title(), detail);
    }

    /** The members of a problem as its JSON shows them, for writers outside Spring MVC. */
    static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }

    static ProblemDetail invalid(List<FieldError> all) {
        // a problem keeps to its own described limits, whatever the request sent
        List<FieldError> errors = all.stream().limit(MAX_ERRORS)
            .map(e -> new FieldError(shorten(e.field(), 200), shorten(e.message(), 500))).toList();
        ProblemDetail problem = of(ProblemType.INVALID_INPUT,
            errors.size() == 1 ? "One field is invalid: " + errors.get(0).field() + " " + errors.get(0).message()
                : all.size() + " fields are invalid; see errors" + (all.size() > MAX_ERRORS ? " (the first " + MAX_ERRORS + ")" : ""));
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /**
     * The answer carrying a problem. Its content type is set here rather than negotiated, so that a
     * client whose Accept header allows nothing (or cannot be parsed) still learns what went wrong.
     */
    static ResponseEntity<Object> answer(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders answerHeaders = new HttpHeaders();
        answerHeaders.addAll(headers);
        answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            answerHeaders.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return ResponseEntity.status(problem.getStatus()).headers(answerHeaders).body(problem);
    }

    static ResponseEntity<Object> answer(ProblemDetail problem) {
        return answer(problem, HttpHeaders.EMPTY);
    }

    /**
     * Refuses a request from outside Spring MVC (a filter or a CORS check): the servlet container's
     * error dispatch then answers with this problem, through the same path as every other error.
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        request.setAttribute(PREPARED, problem);
        response.sendError(problem.getStatus());
    }

    private static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, shorten(detail, MAX_DETAIL));
        problem.setType(URI.create("/problems/" + slug));
        problem.setTitle(title);
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
