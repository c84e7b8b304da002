package org.parley.keyissue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.agendaStatus;

class KeyIssueApiTest extends ApiTest {

    private static final String MISSING = "/api/v1/key-issues/00000000-0000-0000-0000-000000000000";

    @Test
    void createsAndReadsAKeyIssue() {
        String id = create("/api/v1/key-issues", aKeyIssue("Security guarantees").with("category", "SECURITY"));
        get("/api/v1/key-issues/" + id).expectStatus().isOk().expectBody()
            .jsonPath("$.name").isEqualTo("Security guarantees")
            .jsonPath("$.category").isEqualTo("SECURITY")
            .jsonPath("$.description").isEqualTo("Who holds which land")
            .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void namesAreUniqueWhateverTheCase() {
        create("/api/v1/key-issues", aKeyIssue("Territory"));
        expectProblem(post("/api/v1/key-issues", aKeyIssue("TERRITORY")), 409, "duplicate-key-issue");
    }

    @Test
    void surroundingSpacesDoNotMakeANewName() {
        create("/api/v1/key-issues", aKeyIssue("Territory"));
        expectProblem(post("/api/v1/key-issues", aKeyIssue(" territory ")), 409, "duplicate-key-issue");
    }

    @Test
    void renamingOntoAnotherIssuesNameIsAConflict() {
        create("/api/v1/key-issues", aKeyIssue("Territory"));
        String funding = create("/api/v1/key-issues", aKeyIssue("Funding").with("category", "ECONOMIC"));
        expectProblem(put("/api/v1/key-issues/" + funding, aKeyIssue("territory")), 409, "duplicate-key-issue");
    }

    @Test
    void replacingKeepsItsOwnNameFree() {
        String id = create("/api/v1/key-issues", aKeyIssue("Territory"));
        put("/api/v1/key-issues/" + id, aKeyIssue("territory").with("description", "Donbas and the line of contact"))
            .expectStatus().isOk().expectBody()
            .jsonPath("$.name").isEqualTo("territory")
            .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void refusesAnUnknownCategory() {
        expectProblem(post("/api/v1/key-issues", aKeyIssue("Sanctions").with("category", "SANCTIONS")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("category")
            .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("NUCLEAR_SAFETY"));
    }

    @Test
    void filtersByCategory() {
        create("/api/v1/key-issues", aKeyIssue("Territory"));
        create("/api/v1/key-issues", aKeyIssue("Zaporizhzhia nuclear plant").with("category", "NUCLEAR_SAFETY"));
        get("/api/v1/key-issues?category=NUCLEAR_SAFETY").expectBody()
            .jsonPath("$.content[*].name").isEqualTo(List.of("Zaporizhzhia nuclear plant"));
        get("/api/v1/key-issues").expectBody().jsonPath("$.content[*].name").isEqualTo(List.of("Territory", "Zaporizhzhia nuclear plant"));
    }

    @Test
    void deletesAKeyIssue() {
        String id = create("/api/v1/key-issues", aKeyIssue("Funding"));
        delete("/api/v1/key-issues/" + id).expectStatus().isNoContent();
        expectProblem(get("/api/v1/key-issues/" + id), 404, "not-found");
    }

    @Test
    void refusesToDeleteAKeyIssueOnAnAgenda() {
        String id = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String talk = create("/api/v1/talks", aTalk());
        put("/api/v1/talks/" + talk + "/agenda/" + id, agendaStatus("RAISED")).expectStatus().isCreated();
        expectProblem(delete("/api/v1/key-issues/" + id), 409, "still-referenced")
            .jsonPath("$.detail").value(d -> assertThat((String) d).contains("1 talk agenda item"));
    }

    @Test
    void refusesToDeleteAKeyIssueThatStatementsAreAbout() {
        String id = create("/api/v1/key-issues", aKeyIssue("Territory"));
        create("/api/v1/statements", aStatement().about(id));
        expectProblem(delete("/api/v1/key-issues/" + id), 409, "still-referenced")
            .jsonPath("$.detail").value(d -> assertThat((String) d).contains("1 statement"));
    }

    @Test
    void anUnknownKeyIssueIsNotFound() {
        expectProblem(get(MISSING), 404, "not-found");
        expectProblem(put(MISSING, aKeyIssue("Territory")), 404, "not-found");
        expectProblem(delete(MISSING), 404, "not-found");
    }
}
