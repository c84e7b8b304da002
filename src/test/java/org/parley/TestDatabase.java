package org.parley;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The PostgreSQL every integration test runs against, one per test run: a Testcontainers container where
 * Docker is available, otherwise a fresh database, made for this run and dropped after it, on the server
 * named by {@code PARLEY_TEST_DB_HOST}, {@code _PORT}, {@code _USER} and {@code _PASSWORD} (default
 * localhost:5432, postgres). No database reachable is a failure, never a skip.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    @Bean
    JdbcConnectionDetails testDatabase() {
        return server();
    }

    /** Where the test run's database is. */
    public static Server server() {
        return Run.SERVER;
    }

    public record Server(String host, int port, String database, String username, String password) implements JdbcConnectionDetails {

        /** The same database, reached at another address: through a proxy, say. */
        public Server at(String otherHost, int otherPort) {
            return new Server(otherHost, otherPort, database, username, password);
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
            return "jdbc:postgresql://%s:%d/%s".formatted(host, port, database);
        }
    }

    private static final class Run {

        static final Server SERVER = dockerAvailable() ? container() : local();

        private static Server container() {
            PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse("postgres:15-alpine"));
            container.start();
            return new Server(container.getHost(), container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT), container.getDatabaseName(),
                container.getUsername(), container.getPassword());
        }

        private static Server local() {
            Server admin = new Server(env("PARLEY_TEST_DB_HOST", "localhost"), Integer.parseInt(env("PARLEY_TEST_DB_PORT", "5432")),
                "postgres", env("PARLEY_TEST_DB_USER", "postgres"), env("PARLEY_TEST_DB_PASSWORD", ""));
            String database = "parley_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
            execute(admin, "create database " + database, """
                No database for the integration tests: Docker is not available for Testcontainers, and PostgreSQL \
                at %s as user '%s' refused to create a test database (%%s). Start PostgreSQL, or point \
                PARLEY_TEST_DB_HOST, PARLEY_TEST_DB_PORT, PARLEY_TEST_DB_USER and PARLEY_TEST_DB_PASSWORD at a server \
                where that user may create databases.""".formatted(admin.getJdbcUrl(), admin.username()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    execute(admin, "drop database if exists " + database + " with (force)", "%s");
                }
                catch (IllegalStateException ex) {
                    System.err.println("Could not drop test database " + database + ": " + ex.getMessage());
                }
            }, "drop-test-database"));
            return new Server(admin.host(), admin.port(), database, admin.username(), admin.password());
        }

        /**
         * Asks Testcontainers only where a Docker endpoint is configured or its socket exists: its own
         * search logs an error and takes a quarter of a second on a machine that has none.
         */
        private static boolean dockerAvailable() {
            String home = System.getProperty("user.home");
            boolean endpoint = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of(home, ".testcontainers.properties"))
                || Stream.of(Path.of("/var/run/docker.sock"), Path.of(home, ".docker/run/docker.sock"),
                        Path.of(home, ".docker/desktop/docker.sock"), Path.of(home, ".colima/default/docker.sock"),
                        Path.of(home, ".rd/docker.sock"), Path.of(Objects.requireNonNullElse(System.getenv("XDG_RUNTIME_DIR"), "/nonexistent"),
                            "docker.sock"))
                    .anyMatch(Files::exists);
            return endpoint && DockerClientFactory.instance().isDockerAvailable();
        }

        private static void execute(Server server, String sql, String failure) {
            try (Connection connection = DriverManager.getConnection(server.getJdbcUrl(), server.username(), server.password());
                 Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            catch (SQLException ex) {
                throw new IllegalStateException(failure.formatted(ex.getMessage()), ex);
            }
        }

        private static String env(String name, String fallback) {
            return Objects.requireNonNullElse(System.getenv(name), fallback);
        }
    }
}
