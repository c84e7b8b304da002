package org.parley.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Knows whether PostgreSQL answers, by asking it every second on a connection of its own, so that
 * health and readiness answer at once from the last answer instead of waiting on a database that may
 * have stopped answering. Readiness includes it: an instance that cannot reach its database takes no
 * traffic, and takes it again as soon as the database is back.
 * <p>
 * Named {@code dbHealthIndicator}, it stands in for Spring Boot's own database check, which waits on a
 * pooled connection without a time limit.
 */
@Component("dbHealthIndicator")
class DatabaseProbe implements HealthIndicator, SmartLifecycle {

    static final Duration INTERVAL = Duration.ofSeconds(1);

    /** A verdict older than this means the probe itself is stuck: the database is not known to answer. */
    static final Duration STALE = Duration.ofSeconds(4);

    private static final int VALIDATION_SECONDS = 1;

    private static final Logger log = LoggerFactory.getLogger(DatabaseProbe.class);

    private final HikariDataSource pool;

    private final Clock clock;

    private ScheduledExecutorService probe;

    private volatile Verdict last;

    // the probe's connection is used by one check at a time: the first runs on the starting thread, the rest on the probe's own
    private final Object checking = new Object();

    private Connection connection;

    DatabaseProbe(DataSource dataSource, Clock clock) throws SQLException {
        this.pool = dataSource.unwrap(HikariDataSource.class);
        this.clock = clock;
    }

    @Override
    public Health health() {
        Verdict verdict = last;
        if (verdict == null) {
            return Health.unknown().withDetail("reason", "not probed yet").build();
        }
        Duration age = Duration.between(verdict.at(), clock.instant());
        if (age.compareTo(STALE) > 0) {
            return Health.down().withDetail("database", "PostgreSQL").withDetail("checkedAt", verdict.at())
                .withDetail("error", "no answer to the last check for " + age.toSeconds() + " s").build();
        }
        return verdict.health();
    }

    @Override
    public synchronized void start() {
        check();
        probe = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "database-probe");
            thread.setDaemon(true);
            return thread;
        });
        probe.scheduleWithFixedDelay(this::check, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (probe != null) {
            probe.shutdownNow();
            try {
                probe.awaitTermination(5, TimeUnit.SECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            probe = null;
        }
        synchronized (checking) {
            closeConnection();
            last = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return probe != null;
    }

    void check() {
        synchronized (checking) {
            try {
                probe();
            }
            catch (Throwable ex) {
                // thrown out of a scheduled task, it would end the schedule and leave readiness stale for good
                log.warn("The database check failed; trying again in {}", INTERVAL, ex);
            }
        }
    }

    private void probe() {
        long started = System.nanoTime();
        Health.Builder health;
        try {
            if (connection == null) {
                connection = DriverManager.getConnection(pool.getJdbcUrl(), connectionProperties());
            }
            if (!connection.isValid(VALIDATION_SECONDS)) {
                throw new SQLException("PostgreSQL did not answer within " + VALIDATION_SECONDS + " s");
            }
            health = Health.up();
        }
        catch (SQLException | RuntimeException ex) {
            closeConnection();
            health = Health.down().withDetail("error", ex.getMessage());
        }
        Instant at = clock.instant();
        Health verdict = health.withDetail("database", "PostgreSQL").withDetail("checkedAt", at)
            .withDetail("answeredInMs", (System.nanoTime() - started) / 1_000_000).build();
        if (last == null || !last.health().getStatus().equals(verdict.getStatus())) {
            log.info("Database is {}{}", verdict.getStatus(), verdict.getDetails().containsKey("error")
                ? ": " + verdict.getDetails().get("error") : "");
            if (last != null && Status.UP.equals(verdict.getStatus()) && pool.getHikariPoolMXBean() != null) {
                // connections opened before the outage may be dead; none of them should fail a request now
                pool.getHikariPoolMXBean().softEvictConnections();
            }
        }
        last = new Verdict(verdict, at);
    }

    // the pool's own settings, bounded waits included
    private Properties connectionProperties() {
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        properties.setProperty("ApplicationName", "parley-probe");
        return properties;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            }
            catch (SQLException ignored) {
                // a connection that cannot even be closed is gone anyway
            }
            connection = null;
        }
    }

    private record Verdict(Health health, Instant at) {
    }
}
