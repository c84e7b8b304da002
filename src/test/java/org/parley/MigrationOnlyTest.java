package org.parley;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;

/** Parley run without a web server, as a deployment step that only migrates the schema, starts and ends. */
class MigrationOnlyTest {

    @Test
    void parleyStartsWithoutAWebServer() {
        assertThatCode(() -> SecondInstance.start("--spring.main.web-application-type=none").close()).doesNotThrowAnyException();
    }
}
