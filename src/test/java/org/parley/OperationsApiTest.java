package org.parley;

import org.junit.jupiter.api.Test;

class OperationsApiTest extends ApiTest {

    @Test
    void healthReportsTheDatabase() {
        get("/actuator/health").expectStatus().isOk().expectBody()
            .jsonPath("$.status").isEqualTo("UP")
            .jsonPath("$.components.db.status").isEqualTo("UP");
    }

    @Test
    void servesTheOpenApiDescription() {
        get("/v3/api-docs").expectStatus().isOk().expectBody()
            .jsonPath("$.openapi").isNotEmpty()
            .jsonPath("$.paths['/api/v1/talks']").exists()
            .jsonPath("$.paths['/api/v1/statements']").exists();
    }

    @Test
    void servesSwaggerUi() {
        get("/swagger-ui/index.html").expectStatus().isOk();
        get("/swagger-ui.html").expectStatus().is3xxRedirection();
    }
}
