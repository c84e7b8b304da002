package org.parley.access;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aKeyIssue;

/** What each role may do, shown on key issues; RouteMatrixApiTest holds every route to the same rules. */
class RoleApiTest extends ApiTest {

    @Test
    void anyoneMayRead() {
        create("/api/v1/key-issues", aKeyIssue("Territory"));

        anonymous.get().uri("/api/v1/key-issues").exchange().expectStatus().isOk()
            .expectBody().jsonPath("$.content[0].name").isEqualTo("Territory");
    }

    @Test
    void aWriteWithoutCredentialsIsChallenged() {
        expectProblem(anonymous.post().uri("/api/v1/key-issues").contentType(MediaType.APPLICATION_JSON).body(aKeyIssue("Territory"))
            .exchange(), 401, "unauthorized");
        anonymous.post().uri("/api/v1/key-issues").contentType(MediaType.APPLICATION_JSON).body(aKeyIssue("Territory")).exchange()
            .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer"));
        get("/api/v1/key-issues").expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void aViewerMayNotWrite() {
        expectProblem(create(as(tokenFor("VIEWER"))), 403, "forbidden");
    }

    @Test
    void anEditorCreatesAndChangesButMayNotDelete() {
        RestTestClient editor = as(tokenFor("EDITOR"));
        String id = (String) create(editor).expectStatus().isCreated().returnResult(Map.class).getResponseBody().get("id");
        editor.patch().uri("/api/v1/key-issues/" + id).contentType(MediaType.valueOf("application/merge-patch+json"))
            .header(HttpHeaders.IF_MATCH, "*").body(Map.of("description", "Lines of control")).exchange().expectStatus().isOk();

        expectProblem(editor.delete().uri("/api/v1/key-issues/" + id).header(HttpHeaders.IF_MATCH, "*").exchange(), 403, "forbidden");
        get("/api/v1/key-issues/" + id).expectStatus().isOk();
    }

    @Test
    void anAdminDeletes() {
        String id = create("/api/v1/key-issues", aKeyIssue("Territory"));

        as(tokenFor("ADMIN")).delete().uri("/api/v1/key-issues/" + id).header(HttpHeaders.IF_MATCH, "*").exchange().expectStatus().isNoContent();
    }

    @Test
    void onlyAnAdminSeesTokens() {
        expectProblem(as(tokenFor("EDITOR")).get().uri("/api/v1/tokens").exchange(), 403, "forbidden");
        expectProblem(anonymous.get().uri("/api/v1/tokens").exchange(), 401, "unauthorized");
    }

    @Test
    void healthShowsItsComponentsOnlyToAnAdmin() {
        anonymous.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
            .jsonPath("$.status").isEqualTo("UP")
            .jsonPath("$.components").doesNotExist();
        http.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
            .jsonPath("$.components.db.status").isEqualTo("UP");
    }

    @Test
    void aMalformedBearerTokenIsRefusedAsInvalid() {
        expectProblem(anonymous.get().uri("/api/v1/key-issues").header(HttpHeaders.AUTHORIZATION, "Bearer not a token!").exchange(),
            401, "unauthorized");
        anonymous.get().uri("/api/v1/key-issues").header(HttpHeaders.AUTHORIZATION, "Bearer not a token!").exchange()
            .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer error=\"invalid_token\""));
    }

    private static RestTestClient.ResponseSpec create(RestTestClient client) {
        return client.post().uri("/api/v1/key-issues").contentType(MediaType.APPLICATION_JSON).body(aKeyIssue("Territory")).exchange();
    }
}
