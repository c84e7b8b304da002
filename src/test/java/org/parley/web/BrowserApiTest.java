package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.parley.ApiTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aTalk;

/**
 * A real browser, on a page from another origin than the API, edits a round the way a frontend would:
 * CORS, the exposed ETag and If-Match are proven where they matter, not only in a mock request.
 */
class BrowserApiTest extends ApiTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final HttpServer ALLOWED_ORIGIN = pageServer();

    private static final HttpServer OTHER_ORIGIN = pageServer();

    private static ChromeDriver browser;

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void allowTheEditorsOrigin(DynamicPropertyRegistry registry) {
        registry.add("parley.cors.allowed-origins", () -> origin(ALLOWED_ORIGIN));
    }

    @BeforeAll
    static void startChromium() throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
            .as("the browser test needs %s and %s: install the Debian packages chromium and chromium-driver", CHROMIUM, CHROMEDRIVER)
            .isTrue();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new", "--no-sandbox",
            "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("parley-chromium"));
        // naming the driver keeps Selenium from looking for one to download
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
        ALLOWED_ORIGIN.stop(0);
        OTHER_ORIGIN.stop(0);
    }

    @Test
    void aPageFromAnAllowedOriginEditsARoundAndIsStoppedByAConcurrentChange() {
        open(ALLOWED_ORIGIN);
        String id = (String) call("createAndEdit");

        // someone else edits the round meanwhile
        put("/api/v1/talks/" + id, aTalk().with("title", "Miami consultations, as corrected by another editor")).expectStatus().isOk();
        call("editAgain");

        assertThat(log()).contains("created 201 \"0\"", "updated 200 \"1\" request tagged", "refused 412 /problems/precondition-failed");
        get("/api/v1/talks/" + id).expectBody().jsonPath("$.title").isEqualTo("Miami consultations, as corrected by another editor");
    }

    @Test
    void aPageFromAnotherOriginCannotReadTheApi() {
        open(OTHER_ORIGIN);
        call("readTalks");

        assertThat(log()).contains("read blocked TypeError");
    }

    private void open(HttpServer pageServer) {
        browser.get(origin(pageServer) + "/editor.html?api=http://localhost:" + port + "/api/v1&token=" + ADMIN_TOKEN);
    }

    private static Object call(String function) {
        return ((JavascriptExecutor) browser).executeAsyncScript(
            "const done = arguments[arguments.length - 1]; window." + function + "().then(done, e => done('failed: ' + e));");
    }

    private static String log() {
        return browser.findElement(By.id("log")).getText();
    }

    private static String origin(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static HttpServer pageServer() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/editor.html", exchange -> {
                try (InputStream page = BrowserApiTest.class.getResourceAsStream("/browser/editor.html")) {
                    byte[] body = page.readAllBytes();
                    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
                exchange.close();
            });
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new IllegalStateException("Could not serve the test page", ex);
        }
    }
}
