package org.parley.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;

/**
 * Parley reaches PostgreSQL through a proxy that the tests cut, silence and slow down. Every request
 * in an outage is answered within two seconds, as a 503 that says so; readiness follows the database
 * both ways within five; liveness never wavers; and every write that was acknowledged is there afterwards.
 * The figures measured are printed, to be compared across runs.
 */
@Import(DatabaseOutageApiTest.ThroughProxy.class)
class DatabaseOutageApiTest extends ApiTest {

    static final TcpProxy PROXY = TcpProxy.toTestDatabase();

    private static final Duration ANSWER_BOUND = Duration.ofSeconds(2);

    private static final Duration READINESS_BOUND = Duration.ofSeconds(5);

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

    // an outage shorter than the probe's interval leaves dead connections in the pool, each of which would fail
    // one request of the next test; the probe retires them only when it saw the outage
    @AfterEach
    void restoreTheDatabase() throws IOException, SQLException {
        PROXY.pass();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        awaitReadiness(200);
    }

    @AfterAll
    static void closeTheProxy() throws IOException {
        PROXY.close();
    }

    @Test
    void aDatabaseThatRefusesConnectionsIsAnsweredWith503WithinTwoSeconds() throws IOException {
        String talk = create("/api/v1/talks", aTalk());
        PROXY.cut();
        expectUnavailableFast(() -> get("/api/v1/talks").returnResult(String.class));
        expectUnavailableFast(() -> get("/api/v1/talks/" + talk).returnResult(String.class));
        expectUnavailableFast(() -> post("/api/v1/key-issues", aKeyIssue("Territory")).returnResult(String.class));
    }

    @Test
    void aDatabaseThatStopsAnsweringIsAnsweredWith503WithinTwoSeconds() {
        String talk = create("/api/v1/talks", aTalk());
        PROXY.silence();
        expectUnavailableFast(() -> get("/api/v1/talks/" + talk).returnResult(String.class));
        expectUnavailableFast(() -> put("/api/v1/talks/" + talk, aTalk().with("title", "Unseen")).returnResult(String.class));
        expectUnavailableFast(() -> get("/api/v1/statements").returnResult(String.class));
    }

    /** Hibernate's EntityManager.find answers "nothing" on a failed connection; an outage must not pass for a deletion. */
    @Test
    void noResourceLooksMissingWhileTheDatabaseIsSilent() {
        List<String> paths = List.of("/api/v1/talks/" + create("/api/v1/talks", aTalk()),
            "/api/v1/delegations/" + create("/api/v1/delegations", aDelegation()),
            "/api/v1/key-issues/" + create("/api/v1/key-issues", aKeyIssue("Territory")),
            "/api/v1/statements/" + create("/api/v1/statements", aStatement()));
        PROXY.silence();
        for (String path : paths) {
            expectUnavailableFast(() -> get(path).returnResult(String.class));
        }
    }

    @Test
    void aDatabaseThatAnswersFiveSecondsLateIsAnsweredWith503WithinTwoSeconds() {
        String talk = create("/api/v1/talks", aTalk());
        PROXY.slow(Duration.ofSeconds(5));
        expectUnavailableFast(() -> get("/api/v1/talks/" + talk).returnResult(String.class));
        expectUnavailableFast(() -> get("/api/v1/key-issues").returnResult(String.class));
    }

    @Test
    void readinessFollowsTheDatabaseBothWaysWhileLivenessAndHealthStayPrompt() throws IOException {
        PROXY.silence();
        long lost = System.nanoTime();
        Duration down = awaitReadiness(503);
        assertThat(down).as("readiness DOWN after the database stopped answering").isLessThan(READINESS_BOUND);
        get("/actuator/health/liveness").expectStatus().isOk();
        Duration health = timed(() -> get("/actuator/health").expectStatus().isEqualTo(503).expectBody()
            .jsonPath("$.components.db.status").isEqualTo("DOWN"));
        assertThat(health).as("health while the database is silent").isLessThan(ANSWER_BOUND);

        PROXY.pass();
        Duration up = awaitReadiness(200);
        Duration recovered = awaitFirst(() -> get("/api/v1/talks").returnResult(String.class).getStatus().value() == 200);
        assertThat(up).as("readiness UP after the database came back").isLessThan(READINESS_BOUND);
        assertThat(recovered).as("first answered request after the database came back").isLessThan(READINESS_BOUND);
        get("/actuator/health/liveness").expectStatus().isOk();
        System.out.printf("outage figures: readiness DOWN after %d ms, UP after %d ms, first 200 after %d ms (outage began %d ms before)%n",
            down.toMillis(), up.toMillis(), recovered.toMillis(), Duration.ofNanos(System.nanoTime() - lost).toMillis());
    }

    @Test
    void aStatementThatRunsPastItsTimeoutIsADatabaseTimeout() throws SQLException {
        String talk = create("/api/v1/talks", aTalk());
        try (Connection direct = DriverManager.getConnection(TestDatabase.server().getJdbcUrl(), TestDatabase.server().username(),
            TestDatabase.server().password())) {
            direct.setAutoCommit(false);
            try (PreparedStatement lock = direct.prepareStatement("select id from talks where id = ? for update")) {
                lock.setObject(1, UUID.fromString(talk));
                lock.executeQuery().close();
            }
            long started = System.nanoTime();
            EntityExchangeResult<String> answer = put("/api/v1/talks/" + talk, aTalk().with("title", "Blocked")).returnResult(String.class);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            direct.rollback();
            assertThat(answer.getStatus().value()).isEqualTo(503);
            assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(answer.getResponseBody()).contains("\"type\":\"/problems/database-timeout\"");
            assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
            assertThat(took).isLessThan(ANSWER_BOUND);
        }
        get("/api/v1/talks/" + talk).expectBody().jsonPath("$.title").isEqualTo("Miami consultations");
    }

    @Test
    void everyAcknowledgedWriteIsThereAfterOutagesAndNothingIsHalfWritten() throws Exception {
        String talk = create("/api/v1/talks", aTalk());
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<String> unexpected = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.execute(() -> {
                for (int n = 0; writing.get(); n++) {
                    EntityExchangeResult<Map> answer = n % 2 == 0
                        ? post("/api/v1/key-issues", aKeyIssue("Issue " + writer + "-" + n)).returnResult(Map.class)
                        : post("/api/v1/statements", aStatement().at(talk).with("text", "Said " + writer + "-" + n)).returnResult(Map.class);
                    int status = answer.getStatus().value();
                    if (status == 201) {
                        acknowledged.add((n % 2 == 0 ? "/api/v1/key-issues/" : "/api/v1/statements/") + answer.getResponseBody().get("id"));
                    }
                    else if (status != 503) {
                        unexpected.add(status + " " + answer.getResponseBody());
                    }
                }
            });
        }
        pause(1_000);
        PROXY.cut();
        pause(1_500);
        PROXY.pass();
        pause(1_500);
        PROXY.silence();
        pause(1_500);
        PROXY.pass();
        pause(1_500);
        PROXY.slow(Duration.ofSeconds(3));
        pause(1_500);
        PROXY.pass();
        pause(1_500);
        writing.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(unexpected).as("answers other than 201 or 503").isEmpty();
        assertThat(acknowledged).hasSizeGreaterThan(10);
        awaitReadiness(200);
        for (String path : acknowledged) {
            get(path).expectStatus().isOk();
        }
        try (Connection direct = DriverManager.getConnection(TestDatabase.server().getJdbcUrl(), TestDatabase.server().username(),
            TestDatabase.server().password()); Statement sql = direct.createStatement();
             ResultSet unsourced = sql.executeQuery("select count(*) from statements s where not exists "
                 + "(select 1 from statement_sources x where x.statement_id = s.id)")) {
            unsourced.next();
            assertThat(unsourced.getInt(1)).as("statements stored without their sources").isZero();
        }
        System.out.printf("outage writes: %d acknowledged and all present%n", acknowledged.size());
    }

    private void expectUnavailableFast(Supplier<EntityExchangeResult<String>> request) {
        long started = System.nanoTime();
        EntityExchangeResult<String> answer = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(answer.getStatus().value()).as(answer.getResponseBody()).isEqualTo(503);
        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getResponseBody()).contains("\"type\":\"/problems/database-unavailable\"", "\"requestId\"");
        assertThat(answer.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(took).as("time to answer during the outage").isLessThan(ANSWER_BOUND);
        System.out.printf("outage answer: 503 in %d ms%n", took.toMillis());
    }

    private Duration awaitReadiness(int status) {
        return awaitFirst(() -> get("/actuator/health/readiness").returnResult(String.class).getStatus().value() == status);
    }

    private static Duration awaitFirst(Supplier<Boolean> condition) {
        long started = System.nanoTime();
        while (!condition.get()) {
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited for a change").isLessThan(Duration.ofSeconds(20));
            pause(50);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static Duration timed(Runnable action) {
        long started = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
