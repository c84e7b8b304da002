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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The rate limits' buckets live in PostgreSQL: while it is gone, a request is answered 503 at once, not held twice as long. */
@Import(RateLimitOutageApiTest.ThroughProxy.class)
@TestPropertySource(properties = "parley.rate-limits.enabled=true")
class RateLimitOutageApiTest extends ApiTest {

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

        long started = System.nanoTime();
        EntityExchangeResult<String> answer = anonymous.get().uri("/api/v1/talks").exchange().returnResult(String.class);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer.getStatus().value()).as(answer.getResponseBody()).isEqualTo(503);
        assertThat(answer.getResponseBody()).contains("\"type\":\"/problems/database-");
        assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(took).isLessThan(Duration.ofSeconds(2));
    }
}
