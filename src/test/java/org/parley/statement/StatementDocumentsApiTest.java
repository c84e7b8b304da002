package org.parley.statement;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDocument;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;

/** A statement may refer to documents: the plans and frameworks it speaks of. */
class StatementDocumentsApiTest extends ApiTest {

    private static final String MISSING = "00000000-0000-0000-0000-000000000000";

    @Test
    void aStatementRefersToDocumentsListedInIdOrder() {
        String first = create("/api/v1/documents", aDocument("US 28-point peace plan"));
        String second = create("/api/v1/documents", aDocument("20-point peace plan"));
        List<String> sorted = first.compareTo(second) < 0 ? List.of(first, second) : List.of(second, first);
        String id = create("/api/v1/statements", aStatement().referringTo(sorted.get(1), sorted.get(0)));
        get("/api/v1/statements/" + id).expectStatus().isOk().expectBody().jsonPath("$.documentIds").isEqualTo(sorted);
    }

    @Test
    void aStatementReferringToNoDocumentListsNone() {
        String id = create("/api/v1/statements", aStatement());
        get("/api/v1/statements/" + id).expectBody().jsonPath("$.documentIds").isEmpty();
    }

    @Test
    void replacingOrPatchingChangesTheDocumentsAndTheVersion() {
        String usPlan = create("/api/v1/documents", aDocument("US 28-point peace plan"));
        String plan = create("/api/v1/documents", aDocument("20-point peace plan"));
        String id = create("/api/v1/statements", aStatement().referringTo(usPlan));
        put("/api/v1/statements/" + id, aStatement().referringTo(plan)).expectStatus().isOk().expectBody()
            .jsonPath("$.documentIds").isEqualTo(List.of(plan))
            .jsonPath("$.version").isEqualTo(1);
        http.patch().uri("/api/v1/statements/" + id).contentType(MediaType.valueOf("application/merge-patch+json"))
            .header(HttpHeaders.IF_MATCH, "\"1\"").body(Map.of("documentIds", List.of())).exchange()
            .expectStatus().isOk().expectBody()
            .jsonPath("$.documentIds").isEmpty()
            .jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void replacingWithTheSameDocumentsKeepsTheVersion() {
        String plan = create("/api/v1/documents", aDocument("20-point peace plan"));
        String id = create("/api/v1/statements", aStatement().referringTo(plan));
        put("/api/v1/statements/" + id, aStatement().referringTo(plan, plan)).expectStatus().isOk().expectBody()
            .jsonPath("$.documentIds").isEqualTo(List.of(plan))
            .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void anUnknownDocumentIsNotFoundAndNamed() {
        expectProblem(post("/api/v1/statements", aStatement().referringTo(MISSING)), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Document " + MISSING + " does not exist");
        get("/api/v1/statements").expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void aStatementRefersToAtMost20Documents() {
        List<String> documents = IntStream.range(0, 21).mapToObj(i -> create("/api/v1/documents", aDocument("Paper " + i))).toList();
        expectProblem(post("/api/v1/statements", aStatement().referringTo(documents.toArray(String[]::new))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("documentIds");
    }

    @Test
    void filtersByTheDocumentReferredTo() {
        String plan = create("/api/v1/documents", aDocument("20-point peace plan"));
        String talk = create("/api/v1/talks", aTalk());
        create("/api/v1/statements", aStatement().by("Steve Witkoff").at(talk).referringTo(plan));
        create("/api/v1/statements", aStatement().by("Volodymyr Zelenskyy").referringTo(plan));
        create("/api/v1/statements", aStatement().at(talk));
        get("/api/v1/statements?documentId=" + plan + "&sort=speaker").expectStatus().isOk().expectBody()
            .jsonPath("$.content[*].speaker").isEqualTo(List.of("Steve Witkoff", "Volodymyr Zelenskyy"));
        get("/api/v1/talks/" + talk + "/statements?documentId=" + plan).expectStatus().isOk().expectBody()
            .jsonPath("$.content[*].speaker").isEqualTo(List.of("Steve Witkoff"));
    }

    @Test
    void aDocumentAStatementRefersToIsNotDeleted() {
        String plan = create("/api/v1/documents", aDocument("20-point peace plan"));
        String id = create("/api/v1/statements", aStatement().referringTo(plan));
        expectProblem(delete("/api/v1/documents/" + plan), 409, "still-referenced")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("1 statement"));
        delete("/api/v1/statements/" + id).expectStatus().isNoContent();
        delete("/api/v1/documents/" + plan).expectStatus().isNoContent();
    }
}
