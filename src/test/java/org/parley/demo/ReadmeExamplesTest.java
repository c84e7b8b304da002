package org.parley.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The curl examples of README.md run, in order, against a live Parley holding the demo round, so they cannot rot. */
// the tests load the round themselves, into tables emptied of what earlier tests left
@ActiveProfiles("demo")
// the README uses the demo profile's admin token, which the demo accepts
@TestPropertySource(properties = { "parley.demo.load-on-start=false",
    "parley.access.admin-token=parley_demo_admin_token_known_to_all_never_use_it_in_earnest" })
class ReadmeExamplesTest extends ApiTest {

    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);

    @LocalServerPort
    private int port;

    @Autowired
    private DemoRound demoRound;

    @BeforeEach
    void loadTheDemoRound() {
        demoRound.load();
    }

    @Test
    void theCurlExamplesRunAgainstALiveInstance() throws IOException, InterruptedException {
        assertThat(run("command -v curl && command -v jq").exit()).as("the README's examples need curl and jq installed").isZero();
        String script = "set -euo pipefail\n" + String.join("\n", blocks("## Try it with curl", "## Scripting with curl"),
            blocks("## Scripting with curl", "## Layout"));
        Result result = run(script.replace("http://localhost:8080", "http://localhost:" + port));
        assertThat(result.exit()).as("README examples failed:%n%s", result.output()).isZero();
        assertThat(result.output()).contains("\"CONCLUDED\"", "\"CLAIM\"", "\"Frozen Russian assets ", "\"Funding Kyiv from the assets\"",
            "\"/problems/precondition-required\"", "\"One of four documents Witkoff said were discussed with Kyiv\"",
            "UPDATED TALK status", "DELETED DELEGATION", "event:change", "\"type\": \"STATEMENT\"", "\"highlights\"",
            "id,statedOn,statedOnPrecision,speaker");
    }

    @Test
    void theScriptingExamplesCanRunAgainOnTheSameDatabase() throws IOException, InterruptedException {
        String script = "set -euo pipefail\n" + blocks("## Scripting with curl", "## Layout").replace("http://localhost:8080",
            "http://localhost:" + port);
        Result first = run(script);
        assertThat(first.exit()).as("first run failed:%n%s", first.output()).isZero();
        Thread.sleep(1_100);
        Result second = run(script);
        assertThat(second.exit()).as("second run failed:%n%s", second.output()).isZero();
    }

    private static String blocks(String fromHeading, String toHeading) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf(fromHeading), readme.indexOf(toHeading));
        List<String> blocks = new ArrayList<>();
        Matcher matcher = SHELL_BLOCK.matcher(section);
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        assertThat(blocks).as("shell examples under %s", fromHeading).isNotEmpty();
        return String.join("\n", blocks);
    }

    private static Result run(String script) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).start();
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
            return new Result(-1, output + "\n(timed out)");
        }
        return new Result(process.exitValue(), output);
    }

    private record Result(int exit, String output) {
    }
}
