package org.parley;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.access.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, started as the Docker image starts it: with the application context worked out at build time
 * ({@code -Dspring.aot.enabled=true}). The other tests run the classes as compiled; this one catches what that build
 * step settles for good (a bean made under a condition, a profile) where the deployment's configuration must decide.
 */
class PackagedServiceIT {

    private static final TestIssuer ISSUER = TestIssuer.withNewKeys();

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Process service;

    private static String url;

    @BeforeAll
    static void startTheJarAsTheImageDoes() throws IOException, InterruptedException {
        TestDatabase.Server database = TestDatabase.server();
        int port = freePort();
        url = "http://127.0.0.1:" + port;
        Path log = Path.of("target", "packaged-service.log");
        service = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.aot.enabled=true", "-jar", Path.of("target", "parley.jar").toString(),
                "--server.port=" + port, "--server.address=127.0.0.1",
                "--spring.datasource.url=" + database.getJdbcUrl(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.profiles.active=demo",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + ISSUER.publicKeyFile().toUri(),
                "--spring.security.oauth2.resourceserver.jwt.audiences=parley"))
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plusSeconds(120);
        while (status("/actuator/health/readiness", null) != 200) {
            assertThat(service.isAlive()).as("the packaged service ended before it was ready:%n%s", tail(log)).isTrue();
            assertThat(Instant.now()).as("the packaged service was not ready in two minutes:%n%s", tail(log)).isBefore(deadline);
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    @Test
    void theDemoProfileLoadsTheDemoRound() throws IOException, InterruptedException {
        assertThat(status("/api/v1/talks/33333333-0000-7000-8000-000000000001", null)).isEqualTo(200);
    }

    @Test
    void aJwtOfTheIssuerConfiguredAtStartIsTaken() throws IOException, InterruptedException {
        String admin = ISSUER.jwt("operator", "parley", List.of("ADMIN"), Instant.now().plusSeconds(300));
        assertThat(status("/api/v1/tokens", admin)).isEqualTo(200);
    }

    @Test
    void aJwtOfAnotherAudienceIsRefused() throws IOException, InterruptedException {
        String elsewhere = ISSUER.jwt("operator", "elsewhere", List.of("ADMIN"), Instant.now().plusSeconds(300));
        assertThat(status("/api/v1/tokens", elsewhere)).isEqualTo(401);
    }

    @Test
    void anUnknownRouteIsAProblem() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/no-such-thing")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static int status(String path, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(5));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
        catch (ConnectException ex) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
        catch (IOException ex) {
            return "(no log: " + ex.getMessage() + ")";
        }
    }
}
