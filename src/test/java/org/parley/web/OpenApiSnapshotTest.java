package org.parley.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed description is the contract: when the served one differs, the build fails, so that
 * every contract change arrives as a reviewed diff of {@code src/main/openapi/parley-api.json}.
 * Run with {@code -Dparley.openapi.write=true} to rewrite the snapshot after a deliberate change.
 */
class OpenApiSnapshotTest extends ApiTest {

    static final Path SNAPSHOT = Path.of("src/main/openapi/parley-api.json");

    @Test
    void theServedDescriptionIsTheCommittedOne() throws IOException {
        String served = new String(get("/v3/api-docs").expectStatus().isOk().expectBody().returnResult().getResponseBody()) + "\n";
        Files.createDirectories(Path.of("target/openapi"));
        Files.writeString(Path.of("target/openapi/parley-api.json"), served);
        if (Boolean.getBoolean("parley.openapi.write")) {
            Files.writeString(SNAPSHOT, served);
        }
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(served))
            .as("The served OpenAPI description differs from %s (the served one is in target/openapi/parley-api.json). "
                + "If the change is deliberate, rerun with -Dparley.openapi.write=true and commit the new snapshot.", SNAPSHOT)
            .isEqualTo(json.readTree(Files.readString(SNAPSHOT)));
    }
}
