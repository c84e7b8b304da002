package org.parley.process;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import static org.parley.Fixtures.aProcess;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;

class ProcessApiTest extends ApiTest {

    private static final String MISSING = "00000000-0000-0000-0000-000000000000";

    @Test
    void createsAndReadsAProcess() {
        String id = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        get("/api/v1/processes/" + id).expectStatus().isOk().expectBody()
            .jsonPath("$.name").isEqualTo("Russia–Ukraine peace talks")
            .jsonPath("$.parties").isEqualTo(List.of("RUS", "UKR"))
            .jsonPath("$.startedOn").isEqualTo("2022-02-28")
            .jsonPath("$.status").isEqualTo("ACTIVE")
            .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void namesAreUniqueWhateverTheCase() {
        create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        expectProblem(post("/api/v1/processes", aProcess(" russia–ukraine PEACE talks")), 409, "duplicate-process");
    }

    @Test
    void refusesASideNamedTwice() {
        expectProblem(post("/api/v1/processes", aProcess("Track").with("parties", List.of("UKR", "UKR"))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("parties");
    }

    @Test
    void refusesASideThatIsNoCode() {
        expectProblem(post("/api/v1/processes", aProcess("Track").with("parties", List.of("Ukraine"))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("parties[0]");
    }

    @Test
    void replacingChangesTheStatusAndKeepsItWhenLeftOut() {
        String id = create("/api/v1/processes", aProcess("Track"));
        put("/api/v1/processes/" + id, aProcess("Track").with("status", "SUSPENDED")).expectStatus().isOk()
            .expectBody().jsonPath("$.status").isEqualTo("SUSPENDED").jsonPath("$.version").isEqualTo(1);
        put("/api/v1/processes/" + id, aProcess("Track").with("summary", "Talks paused")).expectStatus().isOk()
            .expectBody().jsonPath("$.status").isEqualTo("SUSPENDED").jsonPath("$.summary").isEqualTo("Talks paused");
    }

    @Test
    void filtersByStatus() {
        create("/api/v1/processes", aProcess("Istanbul track").with("status", "SUSPENDED"));
        create("/api/v1/processes", aProcess("Geneva track"));
        get("/api/v1/processes?status=ACTIVE").expectBody().jsonPath("$.content[*].name").isEqualTo(List.of("Geneva track"));
    }

    @Test
    void aTalkBelongsToAProcessThatExists() {
        expectProblem(post("/api/v1/talks", aTalk().of(MISSING)), 404, "not-found");
    }

    @Test
    void listsTheTalksOfAProcess() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        create("/api/v1/talks", aTalk().with("title", "Istanbul").of(process));
        create("/api/v1/talks", aTalk().with("title", "Geneva"));
        get("/api/v1/talks?processId=" + process).expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Istanbul"))
            .jsonPath("$.content[0].processId").isEqualTo(process);
    }

    @Test
    void listsTheStatementsMadeAroundTheRoundsOfAProcess() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        String istanbul = create("/api/v1/talks", aTalk().of(process));
        String geneva = create("/api/v1/talks", aTalk());
        create("/api/v1/statements", aStatement().by("Rustem Umerov").at(istanbul));
        create("/api/v1/statements", aStatement().by("Andriy Yermak").at(geneva));
        get("/api/v1/statements?processId=" + process).expectBody().jsonPath("$.content[*].speaker").isEqualTo(List.of("Rustem Umerov"));
    }

    @Test
    void aProcessWithoutRoundsListsNoStatements() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        create("/api/v1/statements", aStatement());
        get("/api/v1/statements?processId=" + process).expectBody().jsonPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void refusesToDeleteAProcessThatRoundsBelongTo() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        create("/api/v1/talks", aTalk().of(process));
        expectProblem(delete("/api/v1/processes/" + process), 409, "still-referenced")
            .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail).contains("1 talk"));
    }

    @Test
    void deletesAProcess() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        delete("/api/v1/processes/" + process).expectStatus().isNoContent();
        expectProblem(get("/api/v1/processes/" + process), 404, "not-found");
    }
}
