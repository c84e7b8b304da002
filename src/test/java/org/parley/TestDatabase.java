package org.parley;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The PostgreSQL every integration test runs against: a Testcontainers container where Docker is
 * available, otherwise a fresh database, made for this run and dropped after it, on the server named by
 * {@code PARLEY_TEST_DB_HOST}, {@code _PORT}, {@code _USER} and {@code _PASSWORD} (default
 * localhost:5432, postgres). No database reachable is a failure, never a skip.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(DockerImageName.parse("postgres:15-alpine"));
    }

    @Bean
    @Conditional(DockerMissing.class)
    JdbcConnectionDetails localPostgres() {
        return LocalServer.INSTANCE;
    }

    static final class DockerAvailable implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return DockerClientFactory.instance().isDockerAvailable();
        }
    }

    static final class DockerMissing implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !DockerClientFactory.instance().isDockerAvailable();
        }
    }

    /** One database per test run, shared by every Spring context of the run. */
    private static final class LocalServer implements JdbcConnectionDetails {

        static final LocalServer INSTANCE = new LocalServer();

        private final String host = env("PARLEY_TEST_DB_HOST", "localhost");

        private final String port = env("PARLEY_TEST_DB_PORT", "5432");

        private final String username = env("PARLEY_TEST_DB_USER", "postgres");

        private final String password = env("PARLEY_TEST_DB_PASSWORD", "");

        private final String database = "parley_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);

        private LocalServer() {
            String admin = url("postgres");
            try (Connection connection = DriverManager.getConnection(admin, username, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + database);
            }
            catch (SQLException ex) {
                throw new IllegalStateException("""
                    No database for the integration tests: Docker is not available for Testcontainers, and PostgreSQL \
                    at %s as user '%s' refused to create a test database (%s). Start PostgreSQL, or point \
                    PARLEY_TEST_DB_HOST, PARLEY_TEST_DB_PORT, PARLEY_TEST_DB_USER and PARLEY_TEST_DB_PASSWORD at a server \
                    where that user may create databases.""".formatted(admin, username, ex.getMessage()), ex);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(this::drop, "drop-test-database"));
        }

        private void drop() {
            try (Connection connection = DriverManager.getConnection(url("postgres"), username, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
            catch (SQLException ex) {
                System.err.println("Could not drop test database " + database + ": " + ex.getMessage());
            }
        }

        private String url(String name) {
            return "jdbc:postgresql://%s:%s/%s".formatted(host, port, name);
        }

        @Override
        public String getUsername() {
            return username;
        }

        @Override
        public String getPassword() {
            return password;
        }

        @Override
        public String getJdbcUrl() {
            return url(database);
        }

        private static String env(String name, String fallback) {
            return Objects.requireNonNullElse(System.getenv(name), fallback);
        }
    }
}
