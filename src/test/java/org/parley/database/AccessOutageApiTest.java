package org.parley.database;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.ApiTest;
import org.parley.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a caller is (its API token) and how much more it may do (its rate limit) are read from PostgreSQL: while it is
 * gone, such requests are answered 503 at once, neither held twice as long nor taken for a bad token.
 */
// a context of its own, used by this class alone: closed after it, so that its connections go back to PostgreSQL
@DirtiesContext
@Import(AccessOutageApiTest.ThroughProxy.class)
@TestPropertySource(properties = "parley.rate-limits.enabled=true")
class AccessOutageApiTest extends ApiTest {

    private static final TcpProxy PROXY = TcpProxy.toTestDatabase();

    @TestConfiguration(proxyBeanMethods = false)
    static class ThroughProxy {

        @Bean
        @Primary
        JdbcConnectionDetails throughProxy() {
            return TestDatabase.server().at("127.0.0.1", PROXY.port());
        }
    }

    @Autowired
    private DataSource dataSource;

    @AfterEach
    void restoreTheDatabase() throws IOException, SQLException {
        PROXY.pass();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    @AfterAll
    static void closeTheProxy() throws IOException {
        PROXY.close();
    }

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
