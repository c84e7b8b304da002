package org.parley.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.ApiTest;

import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aTalk;

/** Browsers on the configured origins may call every endpoint, with the headers conditional requests need. */
@TestPropertySource(properties = "parley.cors.allowed-origins=https://desk.parley.test")
class CorsApiTest extends ApiTest {

    private static final String ALLOWED = "https://desk.parley.test";

    private static final String ID = "01a205dc-28d8-76ec-acab-ba170f52bd39";

    static Stream<Arguments> endpoints() {
        return Stream.of(
            Arguments.of("GET", "/api/v1/talks"), Arguments.of("POST", "/api/v1/talks"),
            Arguments.of("GET", "/api/v1/talks/" + ID), Arguments.of("PUT", "/api/v1/talks/" + ID),
            Arguments.of("PATCH", "/api/v1/talks/" + ID), Arguments.of("DELETE", "/api/v1/talks/" + ID),
            Arguments.of("PUT", "/api/v1/talks/" + ID + "/participants/" + ID), Arguments.of("DELETE", "/api/v1/talks/" + ID + "/participants/" + ID),
            Arguments.of("PUT", "/api/v1/talks/" + ID + "/agenda/" + ID), Arguments.of("DELETE", "/api/v1/talks/" + ID + "/agenda/" + ID),
            Arguments.of("GET", "/api/v1/talks/" + ID + "/statements"),
            Arguments.of("GET", "/api/v1/delegations"), Arguments.of("POST", "/api/v1/delegations"),
            Arguments.of("GET", "/api/v1/delegations/" + ID), Arguments.of("PUT", "/api/v1/delegations/" + ID),
            Arguments.of("PATCH", "/api/v1/delegations/" + ID), Arguments.of("DELETE", "/api/v1/delegations/" + ID),
            Arguments.of("GET", "/api/v1/delegations/" + ID + "/members"), Arguments.of("POST", "/api/v1/delegations/" + ID + "/members"),
            Arguments.of("GET", "/api/v1/delegations/" + ID + "/members/" + ID), Arguments.of("PUT", "/api/v1/delegations/" + ID + "/members/" + ID),
            Arguments.of("DELETE", "/api/v1/delegations/" + ID + "/members/" + ID),
            Arguments.of("GET", "/api/v1/key-issues"), Arguments.of("POST", "/api/v1/key-issues"),
            Arguments.of("GET", "/api/v1/key-issues/" + ID), Arguments.of("PUT", "/api/v1/key-issues/" + ID),
            Arguments.of("PATCH", "/api/v1/key-issues/" + ID), Arguments.of("DELETE", "/api/v1/key-issues/" + ID),
            Arguments.of("GET", "/api/v1/statements"), Arguments.of("POST", "/api/v1/statements"),
            Arguments.of("GET", "/api/v1/statements/" + ID), Arguments.of("PUT", "/api/v1/statements/" + ID),
            Arguments.of("PATCH", "/api/v1/statements/" + ID), Arguments.of("DELETE", "/api/v1/statements/" + ID));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void aPreflightFromAnAllowedOriginIsAnswered(String method, String path) {
        http.options().uri(path)
            .header(HttpHeaders.ORIGIN, ALLOWED)
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, method)
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type,if-match,if-none-match,x-request-id")
            .exchange()
            .expectStatus().isOk()
            .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED)
            .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains(method))
            .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers -> assertThat(headers.toLowerCase())
                .contains("content-type", "if-match", "if-none-match", "x-request-id"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void aPreflightFromAnotherOriginIsRefused(String method, String path) {
        http.options().uri(path)
            .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, method)
            .exchange()
            .expectStatus().isForbidden()
            .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void aRefusedPreflightIsAProblemNamingTheOrigin() {
        expectProblem(http.options().uri("/api/v1/talks")
            .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "DELETE")
            .exchange(), 403, "cross-origin-refused")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("https://elsewhere.example"))
            .jsonPath("$.requestId").isNotEmpty();
    }

    @Test
    void aPreflightAskingForAHeaderNotAllowedIsAProblem() {
        expectProblem(http.options().uri("/api/v1/talks")
            .header(HttpHeaders.ORIGIN, ALLOWED)
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "x-secret")
            .exchange(), 403, "cross-origin-refused")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("method or these request headers"));
    }

    @Test
    void aRequestFromAnotherOriginIsRefusedAsAProblem() {
        expectProblem(http.get().uri("/api/v1/talks").header(HttpHeaders.ORIGIN, "https://elsewhere.example").exchange(), 403,
            "cross-origin-refused");
    }

    @Test
    void responsesExposeTheHeadersAFrontendReads() {
        http.post().uri("/api/v1/talks").header(HttpHeaders.ORIGIN, ALLOWED).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .body(aTalk()).exchange()
            .expectStatus().isCreated()
            .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED)
            .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed)
                .contains("ETag", "Location", "X-Request-Id"));
    }
}
