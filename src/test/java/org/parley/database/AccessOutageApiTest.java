package org.parley.database;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a caller is (its API token) and how much more it may do (its rate limit) are read from PostgreSQL: while it is
 * gone, such requests are answered 503 at once, neither held twice as long nor taken for a bad token.
 */
@TestPropertySource(properties = "parley.rate-limits.enabled=true")
class AccessOutageApiTest extends OutageApiTest {

    @Test
    void aLimitedRequestDuringAnOutageIsAnsweredWith503WithinTwoSeconds() {
        anonymous.get().uri("/api/v1/talks").exchange().expectStatus().isOk();
        PROXY.silence();

        expectUnavailableFast(anonymous);
    }

    @Test
    void aRequestWithAnApiTokenDuringAnOutageIsAnsweredWith503NotTakenForABadToken() {
        RestTestClient editor = as(tokenFor("EDITOR"));
        PROXY.silence();

        expectUnavailableFast(editor);
    }

    private static void expectUnavailableFast(RestTestClient client) {
        long started = System.nanoTime();
        EntityExchangeResult<String> answer = client.get().uri("/api/v1/talks").exchange().returnResult(String.class);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer.getStatus().value()).as(answer.getResponseBody()).isEqualTo(503);
        assertThat(answer.getResponseBody()).contains("\"type\":\"/problems/database-");
        assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }
}
