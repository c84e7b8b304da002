package org.parley.web;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdApiTest extends ApiTest {

    @Test
    void keepsASaneRequestIdOfTheCaller() {
        http.get().uri("/api/v1/talks").header("X-Request-Id", "desk-42.a").exchange()
            .expectHeader().valueEquals("X-Request-Id", "desk-42.a");
    }

    @Test
    void refusesARequestIdThatCannotBeEchoedAndAnswersUnderANewOne() {
        expectProblem(http.get().uri("/api/v1/talks").header("X-Request-Id", "<script>alert(1)</script>").exchange(), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("X-Request-Id")
            .jsonPath("$.requestId").value(id -> assertThat((String) id).matches("[0-9a-f-]{36}"));
        expectProblem(http.get().uri("/api/v1/talks").header("X-Request-Id", "a".repeat(101)).exchange(), 400, "invalid-input");
    }

    @Test
    void givesEveryResponseAnId() {
        get("/api/v1/talks").expectHeader().value("X-Request-Id", id -> assertThat(id).isNotBlank());
    }

    @Test
    void namesTheRequestIdInProblems() {
        expectProblem(http.get().uri("/api/v1/talks/nope").header("X-Request-Id", "desk-43").exchange(), 400, "invalid-input")
            .jsonPath("$.requestId").isEqualTo("desk-43");
        expectProblem(http.get().uri("/api/v1/talks/00000000-0000-0000-0000-000000000000").header("X-Request-Id", "desk-44").exchange(),
            404, "not-found").jsonPath("$.requestId").isEqualTo("desk-44");
    }
}
