package org.parley.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.parley.domain.Rule;

import org.springframework.http.HttpHeaders;

/**
 * Documents the problems an operation can answer with, each status with one example per problem type it
 * can carry, worded as the service words it and naming the demo round's ids, so that a client learns
 * from the description exactly which {@code type}s to expect where.
 */
final class ProblemResponses {

    static final String PROBLEM_REF = "#/components/schemas/" + ApiDescription.PROBLEM;

    private static final String PROBLEM_JSON = "application/problem+json";

    private final ApiResponses responses;

    private final String path;

    private final String instance;

    private ProblemResponses(ApiResponses responses, String path) {
        this.responses = responses;
        this.path = path;
        this.instance = DemoIds.fill(path);
    }

    /** What an operation of this shape can answer with, beyond its successes. */
    record Shape(String path, String method, String role, boolean list, boolean body, String bodyType, boolean preconditioned,
                 boolean preconditionRequired, List<Rule> rules, String alsoNotFound, InvalidField invalidField, String produces) {

        /** Whether the operation answers with a long-lived stream, of which an instance serves a limited number. */
        /** Whether the operation takes an Idempotency-Key: every POST but the one that makes an API token. */
        boolean idempotent() {
            return method.equals("POST") && !path.startsWith("/api/v1/tokens");
        }

        boolean streamed() {
            return org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE.equals(produces);
        }
    }

    /** A field of the operation's input and what a typical mistake in it is answered with. */
    record InvalidField(String field, String message) {
    }

    static void document(ApiResponses responses, Shape shape) {
        new ProblemResponses(responses, shape.path()).add(shape);
    }

    private void add(Shape shape) {
        List<Map<String, Object>> invalid = new ArrayList<>();
        invalid.add(invalidInput(shape));
        if (shape.body()) {
            invalid.add(problem(ProblemType.MALFORMED_JSON,
                "The request body is not valid JSON at line 1, column 12: Unexpected character ('}' (code 125)): expected a value"));
            invalid.add(problem(ProblemType.UNREADABLE_BODY, "The request needs a JSON body"));
        }
        status("400", "The request is malformed, or a parameter, header or field is invalid, unknown or given twice", invalid);
        List<Map<String, Object>> missing = new ArrayList<>();
        if (!DemoIds.variables(path).isEmpty()) {
            missing.add(problem(ProblemType.NOT_FOUND, notFoundDetail()));
        }
        if (shape.alsoNotFound() != null) {
            missing.add(problem(ProblemType.NOT_FOUND, shape.alsoNotFound()));
        }
        if (!missing.isEmpty()) {
            status("404", shape.alsoNotFound() != null ? "A resource named in the path or in the body does not exist"
                : "A resource named in the path does not exist", missing);
        }
        if (shape.body()) {
            status("413", "The body is larger than any resource can be", List.of(problem(ProblemType.CONTENT_TOO_LARGE,
                "The body, or a value in it, is larger than any Parley resource can be")));
        }
        status("401", shape.role() == null ? "The bearer token sent is not valid; the operation needs none"
            : "No valid credentials came: a bearer token, an API token or a JWT, is needed", List.of(problem(ProblemType.UNAUTHORIZED,
            shape.role() == null ? AccessProblems.INVALID_TOKEN : AccessProblems.NO_CREDENTIALS)))
            .addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, new Header().description("The bearer challenge of RFC 6750, saying what was wrong")
                .schema(new StringSchema().maxLength(1000).example("Bearer error=\"invalid_token\", error_description=\"Invalid token\"")));
        List<Map<String, Object>> forbidden = new ArrayList<>();
        if (shape.role() != null) {
            forbidden.add(problem(ProblemType.FORBIDDEN, AccessProblems.FORBIDDEN));
        }
        forbidden.add(problem(ProblemType.CROSS_ORIGIN_REFUSED,
            "Pages from https://elsewhere.example may not call this API; the origins allowed are set in parley.cors.allowed-origins"));
        status("403", (shape.role() == null ? "" : "The caller's role is below " + shape.role() + "; or, ")
            + "only for a browser page: its origin, method or headers are not allowed to call the API (parley.cors.allowed-origins)", forbidden);
        status("406", "The Accept header allows none of the types this operation answers in",
            List.of(problem(ProblemType.NOT_ACCEPTABLE, "This operation answers in " + shape.produces() + ", which the Accept header does not allow")));
        boolean idempotent = shape.idempotent();
        if (!shape.rules().isEmpty() || shape.preconditioned() && !shape.method().equals("GET") || idempotent) {
            List<Map<String, Object>> conflicts = new ArrayList<>();
            shape.rules().forEach(rule -> conflicts.add(rule(rule)));
            conflicts.add(example(Problems.concurrentModification()));
            if (idempotent) {
                conflicts.add(problem(ProblemType.IDEMPOTENCY_KEY_IN_USE, ProblemType.IDEMPOTENCY_KEY_IN_USE.description()));
            }
            status("409", "The request breaks a rule of the domain, or kept losing races to concurrent writes"
                + (idempotent ? ", or a request with its Idempotency-Key is still being answered" : ""), conflicts);
        }
        if (idempotent) {
            status("422", "The Idempotency-Key was used in the last 24 hours for another request",
                List.of(problem(ProblemType.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was used in the last 24 hours for a request with "
                    + "another method, path or body; use a new key for a new request")));
        }
        if (shape.preconditioned()) {
            status("412", "The resource changed since the ETag sent in If-Match", List.of(problem(ProblemType.PRECONDITION_FAILED,
                "%s is at version 3, not 2 as If-Match expects; read it again and reapply your change".formatted(subject()))));
        }
        if (shape.body()) {
            status("415", "The body is not of the type this operation takes", List.of(problem(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Content-Type 'text/plain' is not supported; this operation takes " + shape.bodyType())));
        }
        if (shape.preconditionRequired()) {
            status("428", "The write came without If-Match", List.of(example(Problems.preconditionRequired(shape.method()))));
        }
        ApiResponse limited = status("429", "The caller made more requests in the last minute than it may (parley.rate-limits)",
            List.of(problem(ProblemType.TOO_MANY_REQUESTS, "More than 1200 requests in a minute with these credentials; retry after 7 seconds")));
        limited.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().description("Seconds until a request will be let through again")
            .schema(new IntegerSchema().format("int32").minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(60)).example(7)));
        status("500", "An unexpected failure, logged under the request id", List.of(example(Problems.internalError())));
        List<Map<String, Object>> unavailableExamples = new ArrayList<>(List.of(example(Problems.databaseUnavailable()), example(Problems.databaseTimeout())));
        if (shape.streamed()) {
            unavailableExamples.add(example(Problems.streamsFull()));
        }
        ApiResponse unavailable = status("503", "The database cannot be reached, did not answer in time, or cancelled a query that ran too long"
            + (shape.streamed() ? ", or this instance serves as many streams as it may" : "") + "; retry after Retry-After", unavailableExamples);
        unavailable.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().description("Seconds to wait before retrying")
            .schema(new IntegerSchema().format("int32").minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(3600))
                .example(Integer.parseInt(Problems.RETRY_AFTER_SECONDS))));
    }

    private ApiResponse status(String code, String description, List<Map<String, Object>> examples) {
        MediaType media = new MediaType().schema(new Schema<>().$ref(PROBLEM_REF));
        Map<String, Example> named = new LinkedHashMap<>();
        examples.forEach(example -> named.put(slug(example), new Example().summary((String) example.get("title")).value(example)));
        media.setExamples(named);
        ApiResponse response = responses.get(code);
        if (response == null) {
            response = new ApiResponse();
            responses.addApiResponse(code, response);
        }
        return response.description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    private Map<String, Object> invalidInput(Shape shape) {
        InvalidField invalid = shape.invalidField();
        Map<String, Object> problem = problem(ProblemType.INVALID_INPUT, "One field is invalid: " + invalid.field() + " " + invalid.message());
        problem.put("errors", List.of(Map.of("field", invalid.field(), "message", invalid.message())));
        return problem;
    }

    private Map<String, Object> rule(Rule rule) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + rule.slug());
        problem.put("title", rule.title());
        problem.put("status", 409);
        problem.put("detail", rule.example());
        problem.put("instance", instance);
        problem.put("requestId", "desk-42");
        return problem;
    }

    // a problem as the service makes it, placed at this operation
    private Map<String, Object> example(org.springframework.http.ProblemDetail problem) {
        Map<String, Object> example = Problems.members(problem);
        example.put("instance", instance);
        example.put("requestId", "desk-42");
        return example;
    }

    private Map<String, Object> problem(ProblemType type, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + type.slug());
        problem.put("title", type.title());
        problem.put("status", type.status().value());
        problem.put("detail", detail);
        problem.put("instance", instance);
        problem.put("requestId", "desk-42");
        return problem;
    }

    // the resource a 412 detail names: a participant, agenda item, member or document version is versioned with its talk, delegation or document
    private String subject() {
        if (path.startsWith("/api/v1/delegations")) {
            return "Delegation " + DemoIds.US_DELEGATION;
        }
        if (path.startsWith("/api/v1/key-issues")) {
            return "Key issue " + DemoIds.TERRITORY;
        }
        if (path.startsWith("/api/v1/statements")) {
            return "Statement " + DemoIds.STATEMENT;
        }
        if (path.startsWith("/api/v1/documents")) {
            return "Document " + DemoIds.DOCUMENT;
        }
        if (path.startsWith("/api/v1/positions")) {
            return "Position " + DemoIds.POSITION;
        }
        return "Talk " + DemoIds.MIAMI;
    }

    private String notFoundDetail() {
        if (path.contains("/participants/")) {
            return "Participant of talk %s %s does not exist".formatted(DemoIds.MIAMI, DemoIds.RUSSIAN_DELEGATION);
        }
        if (path.contains("/agenda/")) {
            return "Agenda item of talk %s %s does not exist".formatted(DemoIds.MIAMI, DemoIds.NUCLEAR_PLANT);
        }
        if (path.contains("/versions/")) {
            return "Version %s of document %s does not exist".formatted(DemoIds.DOCUMENT_VERSION, DemoIds.DOCUMENT);
        }
        if (path.contains("/members/")) {
            return "Member of delegation %s %s does not exist".formatted(DemoIds.US_DELEGATION, DemoIds.WITKOFF);
        }
        return subject() + " does not exist";
    }

    private static String slug(Map<String, Object> problem) {
        String type = (String) problem.get("type");
        return type.substring(type.lastIndexOf('/') + 1);
    }
}
