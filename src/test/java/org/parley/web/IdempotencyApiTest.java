package org.parley.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aKeyIssue;

/** A POST with an Idempotency-Key may be retried safely: the retry gets the first answer and makes nothing. */
class IdempotencyApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstAnswerAndMakesNothing() {
        var first = postWithKey(http, "launch-1", aKeyIssue("Territory")).expectStatus().isCreated().returnResult(Map.class);
        var retry = postWithKey(http, "launch-1", aKeyIssue("Territory")).expectStatus().isCreated()
            .expectHeader().valueEquals(IdempotencyFilter.REPLAYED, "true").returnResult(Map.class);

        assertThat(retry.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(retry.getResponseHeaders().getLocation()).isEqualTo(first.getResponseHeaders().getLocation());
        assertThat(retry.getResponseHeaders().getETag()).isEqualTo(first.getResponseHeaders().getETag());
        assertThat(keyIssues()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        postWithKey(http, "launch-1", aKeyIssue("Territory")).expectStatus().isCreated();

        expectProblem(postWithKey(http, "launch-1", aKeyIssue("Security guarantees")), 422, "idempotency-key-reused");
        assertThat(keyIssues()).isEqualTo(1);
    }

    @Test
    void retriesSentAtOnceMakeExactlyOneRecord() throws Exception {
        int retries = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(retries);
        List<Future<EntityExchangeResult<String>>> answers = new ArrayList<>();
        for (int i = 0; i < retries; i++) {
            Callable<EntityExchangeResult<String>> retry = () -> {
                start.await();
                return postWithKey(http, "launch-1", aKeyIssue("Territory")).returnResult(String.class);
            };
            answers.add(pool.submit(retry));
        }
        start.countDown();
        Set<String> made = new HashSet<>();
        for (Future<EntityExchangeResult<String>> answer : answers) {
            EntityExchangeResult<String> result = answer.get();
            assertThat(result.getStatus().value()).as("each retry is answered with the first success or told it still runs").isIn(201, 409);
            if (result.getStatus().value() == 201) {
                made.add(result.getResponseHeaders().getFirst(HttpHeaders.LOCATION));
            }
        }
        pool.shutdown();

        assertThat(made).hasSize(1);
        assertThat(keyIssues()).isEqualTo(1);
    }

    @Test
    void keyedRequestsRacingForOneNameGetTheAnswersOfRequestsWithoutKeys() throws Exception {
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<EntityExchangeResult<String>>> answers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String key = "racer-" + i;
            answers.add(pool.submit(() -> {
                start.await();
                return postWithKey(http, key, aKeyIssue("Territory")).returnResult(String.class);
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<EntityExchangeResult<String>> answer : answers) {
            EntityExchangeResult<String> result = answer.get();
            outcomes.add(result.getStatus().value() == 201 ? "created" : result.getResponseBody().contains("/problems/duplicate-key-issue")
                ? "duplicate" : result.getStatus().value() + " " + result.getResponseBody());
        }
        pool.shutdown();

        assertThat(outcomes).containsOnly("created", "duplicate").containsOnlyOnce("created");
        assertThat(keyIssues()).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstStillRunsIsAConflict() throws Exception {
        // the first request holds its key's lock as long as its transaction runs; here a session of the test stands in for it
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) connection -> {
            connection.setAutoCommit(false);
            try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtextextended(? || ' ' || ?, 0))")) {
                lock.setString(1, "launch-1");
                lock.setString(2, "admin-token");
                lock.execute();
                expectProblem(postWithKey(http, "launch-1", aKeyIssue("Territory")), 409, "idempotency-key-in-use");
            }
            finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
            return null;
        });
        assertThat(keyIssues()).isZero();
    }

    @Test
    void aRequestThatFailsIsNotKeptSoItsRetryRunsAgain() {
        expectProblem(postWithKey(http, "launch-1", aKeyIssue("")), 400, "invalid-input");

        postWithKey(http, "launch-1", aKeyIssue("Territory")).expectStatus().isCreated()
            .expectHeader().doesNotExist(IdempotencyFilter.REPLAYED);
    }

    @Test
    void aKeyBelongsToItsCaller() {
        postWithKey(as(tokenFor("EDITOR")), "launch-1", aKeyIssue("Territory")).expectStatus().isCreated();

        postWithKey(http, "launch-1", aKeyIssue("Security guarantees")).expectStatus().isCreated()
            .expectHeader().doesNotExist(IdempotencyFilter.REPLAYED);
    }

    @Test
    void aKeyIsForgottenAfterADay() {
        postWithKey(http, "launch-1", aKeyIssue("Territory")).expectStatus().isCreated();
        jdbc.update("update idempotency_keys set created_at = now() - interval '25 hours'");

        postWithKey(http, "launch-1", aKeyIssue("Security guarantees")).expectStatus().isCreated()
            .expectHeader().doesNotExist(IdempotencyFilter.REPLAYED);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_keys", Long.class)).isEqualTo(1);
    }

    @Test
    void aKeyMustBePrintable() {
        expectProblem(postWithKey(http, "launch 1", aKeyIssue("Territory")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo(IdempotencyFilter.HEADER);
    }

    @Test
    void makingAnApiTokenTakesNoKey() {
        expectProblem(http.post().uri("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON).header(IdempotencyFilter.HEADER, "t-1")
            .body(Map.of("name", "importer", "role", "EDITOR")).exchange(), 400, "invalid-input");
    }

    private static ResponseSpec postWithKey(RestTestClient client, String key, Object body) {
        return client.post().uri("/api/v1/key-issues").contentType(MediaType.APPLICATION_JSON).header(IdempotencyFilter.HEADER, key)
            .body(body).exchange();
    }

    private long keyIssues() {
        return jdbc.queryForObject("select count(*) from key_issues", Long.class);
    }
}
