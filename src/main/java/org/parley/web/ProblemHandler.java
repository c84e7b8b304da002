package org.parley.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.time.LocalDate;
import java.time.Instant;

import org.parley.domain.InvalidInput;
import org.parley.domain.InvalidInput.FieldError;
import org.parley.domain.NotFound;
import org.parley.domain.RuleViolation;
import org.parley.domain.VersionMismatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem with a stable, relative {@code type}. Feature code throws
 * domain exceptions ({@link NotFound}, {@link RuleViolation}, {@link InvalidInput}); framework exceptions
 * keep Spring's handling and only gain a type and, for bad input, the {@code errors} array.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    static final String INVALID_INPUT = "invalid-input";

    private static final int MAX_ERRORS = 100;

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler
    ProblemDetail notFound(NotFound ex) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail ruleViolated(RuleViolation ex) {
        return problem(HttpStatus.CONFLICT, ex.rule(), titleOf(ex.rule()), ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInput ex) {
        return invalid(ex.getErrors());
    }

    @ExceptionHandler
    ProblemDetail preconditionFailed(VersionMismatch ex) {
        return problem(HttpStatus.PRECONDITION_FAILED, "precondition-failed", "Precondition failed", ex.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unreadablePatch(MergePatch.Unreadable ex) {
        return unreadable(ex.getCause());
    }

    // values PostgreSQL cannot hold (a NUL character, a date out of its range) are bad input, not a conflict
    @ExceptionHandler
    ProblemDetail unstorable(DataAccessException ex) {
        if (ex.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            log.info("Refused a value the database cannot hold: {}", sql.getMessage());
            return problem(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input",
                "A value cannot be stored or searched for, such as text with a NUL character");
        }
        if (ex instanceof DataIntegrityViolationException) {
            log.warn("Constraint violation reached the database: {}", ex.getMostSpecificCause().getMessage());
            return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
                "The change conflicts with data stored meanwhile; read the resources again and retry");
        }
        return unexpected(ex);
    }

    @ExceptionHandler
    ProblemDetail concurrentModification(OptimisticLockingFailureException ex) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
            "Someone else changed this resource at the same time; read it again and retry");
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception ex) {
        log.error("Unexpected failure", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
            "An unexpected error occurred and has been logged");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().headers(headers).body(invalid(errorsOf(ex.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
            errors.add(new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return ResponseEntity.badRequest().headers(headers).body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        return ResponseEntity.badRequest().headers(headers)
            .body(invalid(List.of(new FieldError(name, expectation(ex.getRequiredType())))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail body = ex.getCause() instanceof JacksonException jackson ? unreadable(jackson)
            : problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable body", "The request needs a JSON body");
        return ResponseEntity.badRequest().headers(headers).body(body);
    }

    private static ProblemDetail unreadable(JacksonException ex) {
        if (ex instanceof UnrecognizedPropertyException unknown) {
            return invalid(List.of(new FieldError(pathOf(unknown), "is not a property of this resource")));
        }
        if (ex instanceof MismatchedInputException mismatch) {
            return invalid(List.of(new FieldError(pathOf(mismatch), expectation(mismatch.getTargetType()))));
        }
        return problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
            "The request body is not valid JSON: " + ex.getOriginalMessage());
    }

    /** Gives Spring's own problems (405, 415, 404 for unknown paths …) a stable type instead of about:blank. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            HttpStatus known = HttpStatus.resolve(status.value());
            String slug = known == null ? "error" : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
            problem.setType(URI.create("/problems/" + slug));
        }
        if (body instanceof ProblemDetail problem) {
            problem.setProperty("requestId", RequestIdFilter.current());
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static ProblemDetail invalid(List<FieldError> all) {
        // a problem keeps to its own described limits, whatever the request sent
        List<FieldError> errors = all.stream().limit(MAX_ERRORS)
            .map(e -> new FieldError(shorten(e.field(), 200), shorten(e.message(), 500))).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input",
            errors.size() == 1 ? "One field is invalid: " + errors.get(0).field() + " " + errors.get(0).message()
                : all.size() + " fields are invalid; see errors" + (all.size() > MAX_ERRORS ? " (the first " + MAX_ERRORS + ")" : ""));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, shorten(detail, 2000));
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        problem.setProperty("requestId", RequestIdFilter.current());
        return problem;
    }

    private static List<FieldError> errorsOf(BindingResult result) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(e -> errors.add(new FieldError(e.getField(), e.getDefaultMessage())));
        result.getGlobalErrors().forEach(e -> errors.add(new FieldError(e.getObjectName(), e.getDefaultMessage())));
        return errors;
    }

    private static String pathOf(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expectation(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
        }
        if (UUID.class.equals(type)) {
            return "must be a UUID";
        }
        if (LocalDate.class.equals(type)) {
            return "must be a date such as 2025-12-20";
        }
        if (Instant.class.equals(type)) {
            return "must be a date-time such as 2025-12-20T18:00:00Z";
        }
        if (Boolean.class.equals(type) || boolean.class.equals(type)) {
            return "must be true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        if (String.class.equals(type)) {
            return "must be a string";
        }
        return "must be an object";
    }

    private static String titleOf(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
