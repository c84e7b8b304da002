package org.parley.web;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;
import org.parley.SecondInstance;

import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Each caller may make so many API requests a minute, counted in PostgreSQL across instances. */
// a context of its own, used by this class alone: closed after it, so that its connections go back to PostgreSQL
@DirtiesContext
@TestPropertySource(properties = { "parley.rate-limits.enabled=true", "parley.rate-limits.per-caller=5",
    "parley.rate-limits.per-anonymous-address=3" })
class RateLimitApiTest extends ApiTest {

    @Test
    void everyAnswerSaysWhereTheCallerStands() {
        anonymous.get().uri("/api/v1/talks").exchange().expectStatus().isOk()
            .expectHeader().valueEquals(RateLimitFilter.POLICY, "3;w=60")
            .expectHeader().value(RateLimitFilter.STATE, state -> assertThat(state).startsWith("limit=3, remaining=2, reset="));
    }

    @Test
    void anAnonymousAddressPastItsLimitIsToldWhenToRetry() {
        for (int i = 0; i < 3; i++) {
            anonymous.get().uri("/api/v1/talks").exchange().expectStatus().isOk();
        }

        expectProblem(anonymous.get().uri("/api/v1/talks").exchange(), 429, "too-many-requests");
        anonymous.get().uri("/api/v1/talks").exchange()
            .expectHeader().value(HttpHeaders.RETRY_AFTER, seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L))
            .expectHeader().value(RateLimitFilter.STATE, state -> assertThat(state).contains("remaining=0"));
    }

    @Test
    void aCallerWithCredentialsHasABucketOfItsOwn() {
        RestTestClient viewer = as(tokenFor("VIEWER"));
        for (int i = 0; i < 3; i++) {
            anonymous.get().uri("/api/v1/talks").exchange().expectStatus().isOk();
        }

        viewer.get().uri("/api/v1/talks").exchange().expectStatus().isOk().expectHeader().valueEquals(RateLimitFilter.POLICY, "5;w=60");
    }

    @Test
    void theLimitHoldsAcrossInstances() {
        try (SecondInstance second = SecondInstance.start("--parley.rate-limits.enabled=true", "--parley.rate-limits.per-anonymous-address=3")) {
            RestTestClient other = RestTestClient.bindToServer().baseUrl(second.url()).build();
            for (int i = 0; i < 3; i++) {
                anonymous.get().uri("/api/v1/talks").exchange().expectStatus().isOk();
            }

            expectProblem(other.get().uri("/api/v1/talks").exchange(), 429, "too-many-requests");
        }
    }

    @Test
    void healthIsNotLimited() {
        for (int i = 0; i < 5; i++) {
            anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk().expectHeader().doesNotExist(RateLimitFilter.STATE);
        }
    }
}
