package org.parley.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.parley.database.DatabaseFailure;
import org.parley.domain.InvalidInput;
import org.parley.domain.InvalidInput.FieldError;
import org.parley.domain.NotFound;
import org.parley.domain.RuleViolation;
import org.parley.domain.VersionMismatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Turns every failure inside Spring MVC into a problem of a documented type. Feature code throws
 * domain exceptions ({@link NotFound}, {@link RuleViolation}, {@link InvalidInput}); framework
 * exceptions keep Spring's handling and are reworded where Spring's words name its own internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private static final Pattern DUPLICATE_PROPERTY = Pattern.compile("Duplicate Object property \"(.*)\"");

    @ExceptionHandler
    ResponseEntity<Object> notFound(NotFound ex) {
        return Problems.answer(Problems.of(ProblemType.NOT_FOUND, ex.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> ruleViolated(RuleViolation ex) {
        return Problems.answer(Problems.of(ex.rule(), ex.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> invalidInput(InvalidInput ex) {
        return Problems.answer(Problems.invalid(ex.getErrors()));
    }

    @ExceptionHandler
    ResponseEntity<Object> streamsFull(StreamsFull ex) {
        return Problems.answer(Problems.streamsFull());
    }

    @ExceptionHandler
    ResponseEntity<Object> preconditionFailed(VersionMismatch ex) {
        return Problems.answer(Problems.of(ProblemType.PRECONDITION_FAILED, ex.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Object> preconditionRequired(PreconditionRequired ex) {
        return Problems.answer(Problems.preconditionRequired(ex.method()));
    }

    @ExceptionHandler
    ResponseEntity<Object> unreadablePatch(MergePatch.Unreadable ex) {
        return Problems.answer(unreadable(ex.getCause()));
    }

    /** The database's failures are told apart here; anything else is a bug, logged with its stack trace. */
    @ExceptionHandler
    ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
        DatabaseFailure failure = DatabaseFailure.of(ex).orElse(null);
        if (failure == DatabaseFailure.LOST_RACE) {
            // a request run in a transaction of its caller's (an Idempotency-Key's) is run again from there
            request.setAttribute(Problems.LOST_RACE, Boolean.TRUE);
        }
        if (failure == null && DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            log.debug("Client went away while its answer was written: {}", ex.getMessage());
            return null;
        }
        if (failure == null) {
            log.error("Unexpected failure", ex);
            return Problems.answer(Problems.internalError());
        }
        return Problems.answer(switch (failure) {
            case UNAVAILABLE -> {
                log.warn("Database unavailable: {}", rootMessage(ex));
                yield Problems.databaseUnavailable();
            }
            case TIMEOUT -> {
                log.warn("Database statement timed out: {}", rootMessage(ex));
                yield Problems.databaseTimeout();
            }
            case LOST_RACE -> {
                if (request.getAttribute(Problems.LOST_RACE) != null && TransactionSynchronizationManager.isActualTransactionActive()) {
                    log.debug("Lost a race inside the caller's transaction, which runs it again: {}", rootMessage(ex));
                }
                else {
                    log.warn("Lost every race to concurrent writers: {}", rootMessage(ex));
                }
                yield Problems.concurrentModification();
            }
            case UNSTORABLE_VALUE -> {
                log.info("Refused a value the database cannot hold: {}", rootMessage(ex));
                yield Problems.unstorable();
            }
        });
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return Problems.answer(Problems.invalid(errorsOf(ex.getBindingResult())), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex, HttpHeaders headers,
                                                                            HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
            errors.add(new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return Problems.answer(Problems.invalid(errors), headers);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
                                                        WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        Class<?> required = ex.getRequiredType();
        // a filter that takes several values names what each of them must be
        if (ex instanceof MethodArgumentTypeMismatchException mismatch && required != null && Collection.class.isAssignableFrom(required)) {
            Class<?> element = ResolvableType.forMethodParameter(mismatch.getParameter()).asCollection().resolveGeneric(0);
            required = element == null ? required : element;
        }
        return Problems.answer(Problems.invalid(name, expectation(required)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.answer(Problems.invalid(ex.getParameterName(), "is required"), headers);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        return Problems.answer(Problems.invalid("request", ex.getMessage()), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        BodyLimitFilter.BodyTooLarge tooLarge = causeOf(ex, BodyLimitFilter.BodyTooLarge.class);
        ProblemDetail problem = tooLarge != null ? Problems.of(ProblemType.CONTENT_TOO_LARGE, tooLarge.getMessage())
            : ex.getCause() instanceof JacksonException jackson ? unreadable(jackson)
            : Problems.of(ProblemType.UNREADABLE_BODY, "The request needs a JSON body");
        return Problems.answer(problem, headers);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return Problems.answer(Problems.of(ProblemType.NOT_FOUND, "There is nothing at " + path(request)
            + "; the API's paths are listed in /v3/api-docs"), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex, HttpHeaders headers,
                                                                         HttpStatusCode status, WebRequest request) {
        String allowed = ex.getSupportedHttpMethods() == null ? "no method"
            : ex.getSupportedHttpMethods().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
        return Problems.answer(Problems.of(ProblemType.METHOD_NOT_ALLOWED, "%s is not allowed on %s; it answers %s"
            .formatted(ex.getMethod(), path(request), allowed)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        String accepted = mediaTypes(ex.getSupportedMediaTypes());
        String sent = request.getHeader(HttpHeaders.CONTENT_TYPE);
        String detail = sent == null ? "The body needs a Content-Type; this operation takes " + accepted
            : ex.getContentType() == null ? "Content-Type '%s' is no media type; this operation takes %s".formatted(sent, accepted)
            : "Content-Type '%s' is not supported; this operation takes %s".formatted(ex.getContentType(), accepted);
        return Problems.answer(Problems.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail), headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex, HttpHeaders headers,
                                                                      HttpStatusCode status, WebRequest request) {
        String detail = ex.getSupportedMediaTypes().isEmpty()
            ? "The Accept header is not a list of media types; ask for application/json, or leave it out"
            : "This operation answers in %s, which the Accept header does not allow".formatted(mediaTypes(ex.getSupportedMediaTypes()));
        return Problems.answer(Problems.of(ProblemType.NOT_ACCEPTABLE, detail), headers);
    }

    /**
     * A failure of Spring's own that answers 5xx is a bug on this side: it is logged, as the problem promises.
     * A client that went away while its answer was written is not: there is no one left to answer.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            log.debug("Client went away while its answer was written: {}", ex.getMessage());
            return null;
        }
        if (status.is5xxServerError()) {
            log.error("Unexpected failure", ex);
        }
        return super.handleExceptionInternal(ex, body, headers, status, request);
    }

    /** Gives the problems Spring makes itself a documented type, and answers them like Parley's own. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail && detail.getType() != null
            && detail.getType().toString().startsWith("/problems/") ? detail : spring(body, status);
        return Problems.answer(problem, headers);
    }

    private static ProblemDetail spring(Object body, HttpStatusCode status) {
        String detail = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail() : null;
        if (status.value() == HttpStatus.BAD_REQUEST.value()) {
            return Problems.invalid("request", detail == null ? "is invalid" : detail);
        }
        ProblemDetail problem = Problems.forStatus(status.value());
        if (detail != null && !status.is5xxServerError()) {
            problem.setDetail(detail);
        }
        return problem;
    }

    private static ProblemDetail unreadable(JacksonException ex) {
        if (ex instanceof UnrecognizedPropertyException unknown) {
            return Problems.invalid(pathOf(unknown), "is not a property of this resource");
        }
        if (ex instanceof InvalidFormatException invalid && String.class.equals(invalid.getTargetType())) {
            return Problems.invalid(pathOf(invalid), invalid.getOriginalMessage());
        }
        if (ex instanceof MismatchedInputException mismatch) {
            return Problems.invalid(pathOf(mismatch), expectation(mismatch.getTargetType()));
        }
        var duplicate = DUPLICATE_PROPERTY.matcher(String.valueOf(ex.getOriginalMessage()));
        if (duplicate.lookingAt()) {
            return Problems.invalid(pathOf(ex).equals("body") ? duplicate.group(1) : pathOf(ex) + "." + duplicate.group(1),
                "is given twice; give each property once");
        }
        if (ex instanceof StreamConstraintsException limit) {
            return String.valueOf(limit.getOriginalMessage()).contains("nesting depth")
                ? Problems.of(ProblemType.MALFORMED_JSON, "The body nests arrays and objects deeper than any Parley resource does")
                : Problems.of(ProblemType.CONTENT_TOO_LARGE, "The body, or a value in it, is larger than any Parley resource can be");
        }
        return Problems.of(ProblemType.MALFORMED_JSON, "The request body is not valid JSON" + at(ex.getLocation()) + ": " + reason(ex));
    }

    // Jackson's words, without the parts that name its own settings and classes
    private static String reason(JacksonException ex) {
        String reason = String.valueOf(ex.getOriginalMessage())
            .replaceAll("\\s*\\(start marker at [^)]*\\)", "")
            .replaceAll(":?\\s*(enable|use|set) `.*$", "")
            .replaceAll("\\s*`[^`]*`", "")
            .strip();
        return reason.isEmpty() ? "it cannot be read" : reason;
    }

    private static String at(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " at line %d, column %d".formatted(location.getLineNr(),
            location.getColumnNr());
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

    // the types a client can name: application/json, not the pattern application/*+json that Spring also lists
    private static String mediaTypes(List<MediaType> types) {
        List<String> named = types.stream().filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
            .map(type -> type.getType() + "/" + type.getSubtype()).distinct().toList();
        return named.isEmpty() ? "application/json" : String.join(" or ", named);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "this path";
    }

    private static <T extends Throwable> T causeOf(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
