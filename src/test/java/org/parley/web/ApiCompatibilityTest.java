package org.parley.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Released clients must keep working: against the description of the last release, the committed
 * snapshot may only add. A deliberate break raises the major version of {@code info.version}, which
 * this check then accepts and reports.
 */
class ApiCompatibilityTest {

    private static final Path RELEASED = Path.of("src/main/openapi/released");

    @Test
    void theContractBreaksNoReleasedClient() throws IOException {
        Path lastRelease = lastRelease();
        String released = Files.readString(lastRelease);
        String current = Files.readString(OpenApiSnapshotTest.SNAPSHOT);
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        String report = new MarkdownRender().render(diff);
        Files.createDirectories(Path.of("target/openapi"));
        Files.writeString(Path.of("target/openapi/changes-since-release.md"), report);
        if (diff.isIncompatible()) {
            assertThat(major(diff.getNewSpecOpenApi().getInfo().getVersion()))
                .as("Breaking changes since %s (see target/openapi/changes-since-release.md):%n%s%n"
                    + "If the break is deliberate, raise the major number of info.version.", lastRelease, report)
                .isGreaterThan(major(diff.getOldSpecOpenApi().getInfo().getVersion()));
        }
    }

    @Test
    void removingAnOperationCountsAsBreaking() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode current = (ObjectNode) json.readTree(Files.readString(OpenApiSnapshotTest.SNAPSHOT));
        ObjectNode withoutDeletion = current.deepCopy();
        ((ObjectNode) withoutDeletion.get("paths").get("/api/v1/talks/{id}")).remove("delete");
        assertThat(OpenApiCompare.fromContents(json.writeValueAsString(current), json.writeValueAsString(withoutDeletion)).isIncompatible())
            .isTrue();
    }

    private static Path lastRelease() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                .max((a, b) -> compareVersions(versionOf(a), versionOf(b)))
                .orElseThrow(() -> new IllegalStateException("No released description in " + RELEASED));
        }
    }

    private static String versionOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('-') + 1, name.length() - ".json".length());
    }

    private static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int difference = Integer.compare(i < left.length ? Integer.parseInt(left[i]) : 0, i < right.length ? Integer.parseInt(right[i]) : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static int major(String version) {
        return Integer.parseInt(version.split("\\.")[0]);
    }
}
