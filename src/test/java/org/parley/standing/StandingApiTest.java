package org.parley.standing;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDocument;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aProcess;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;

/** Where each key issue stands: its history at a round, its timeline across rounds, and what changed since the last round. */
class StandingApiTest extends ApiTest {

    private static final String MISSING = "00000000-0000-0000-0000-000000000000";

    private void putOnAgenda(String talk, String issue, String status, String note) {
        put("/api/v1/talks/" + talk + "/agenda/" + issue, Map.of("status", status, "note", note)).expectStatus().is2xxSuccessful();
    }

    @Test
    void everyChangeOfAnAgendaItemIsKept() {
        String talk = create("/api/v1/talks", aTalk().ongoing());
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        putOnAgenda(talk, territory, "RAISED", "Named by Kyiv");
        putOnAgenda(talk, territory, "DEADLOCKED", "Far from a compromise");
        delete("/api/v1/talks/" + talk + "/agenda/" + territory).expectStatus().isNoContent();
        get("/api/v1/talks/" + talk + "/agenda/" + territory + "/history").expectStatus().isOk().expectBody()
            .jsonPath("$[*].fromStatus").isEqualTo(java.util.Arrays.asList(null, "RAISED", "DEADLOCKED"))
            .jsonPath("$[*].toStatus").isEqualTo(java.util.Arrays.asList("RAISED", "DEADLOCKED", null))
            .jsonPath("$[1].fromNote").isEqualTo("Named by Kyiv")
            .jsonPath("$[1].toNote").isEqualTo("Far from a compromise")
            .jsonPath("$[0].changedAt").isNotEmpty();
    }

    @Test
    void puttingAnItemAsItIsLeavesNoTrace() {
        String talk = create("/api/v1/talks", aTalk().ongoing());
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        putOnAgenda(talk, territory, "RAISED", "Named by Kyiv");
        putOnAgenda(talk, territory, "RAISED", "Named by Kyiv");
        get("/api/v1/talks/" + talk + "/agenda/" + territory + "/history").expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    @Test
    void aKeyIssueInAnAgendasHistoryIsNotDeleted() {
        String talk = create("/api/v1/talks", aTalk().ongoing());
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        putOnAgenda(talk, territory, "RAISED", "Named by Kyiv");
        delete("/api/v1/talks/" + talk + "/agenda/" + territory).expectStatus().isNoContent();
        expectProblem(delete("/api/v1/key-issues/" + territory), 409, "still-referenced")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("2 entries of agenda history"));
    }

    @Test
    void theTimelineFollowsAnIssueFromRoundToRoundInDateOrder() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        String istanbul = create("/api/v1/talks", aTalk().with("title", "Istanbul").between("2025-05-16", "2025-05-16").concluded().of(process));
        String miami = create("/api/v1/talks", aTalk().with("title", "Miami").between("2025-12-20", "2025-12-21").concluded().of(process));
        String next = create("/api/v1/talks", aTalk().with("title", "Next round").undated("early January").of(process));
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        putOnAgenda(miami, territory, "DEADLOCKED", "Far from a compromise");
        putOnAgenda(next, territory, "RAISED", "Expected");
        putOnAgenda(istanbul, territory, "DISCUSSED", "Raised by Moscow");
        String said = create("/api/v1/statements", aStatement().at(miami).about(territory).with("statedOn", "2025-12-21"));
        String plan = create("/api/v1/documents", aDocument("28-point plan").with("keyIssueIds", List.of(territory)).with("processId", process));
        create("/api/v1/documents", aDocument("Unrelated memorandum"));
        create("/api/v1/statements", aStatement().at(istanbul).with("statedOn", "2025-05-16"));
        get("/api/v1/key-issues/" + territory + "/timeline").expectStatus().isOk().expectBody()
            .jsonPath("$.name").isEqualTo("Territory")
            .jsonPath("$.rounds[*].title").isEqualTo(List.of("Istanbul", "Miami", "Next round"))
            .jsonPath("$.rounds[*].status").isEqualTo(List.of("DISCUSSED", "DEADLOCKED", "RAISED"))
            .jsonPath("$.rounds[1].statements[*].id").isEqualTo(List.of(said))
            .jsonPath("$.rounds[0].statements").isEmpty()
            .jsonPath("$.currentStatus").isEqualTo("DEADLOCKED")
            .jsonPath("$.documents[*].id").isEqualTo(List.of(plan))
            .jsonPath("$.documents[0].title").isEqualTo("28-point plan");
    }

    @Test
    void theTimelineKeepsToTheProcessAskedFor() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        String inProcess = create("/api/v1/talks", aTalk().with("title", "Istanbul").of(process));
        String elsewhere = create("/api/v1/talks", aTalk().with("title", "Geneva"));
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        putOnAgenda(inProcess, territory, "RAISED", "n");
        putOnAgenda(elsewhere, territory, "PROGRESS", "n");
        get("/api/v1/key-issues/" + territory + "/timeline?processId=" + process).expectBody()
            .jsonPath("$.rounds[*].title").isEqualTo(List.of("Istanbul"))
            .jsonPath("$.processId").isEqualTo(process);
        expectProblem(get("/api/v1/key-issues/" + territory + "/timeline?processId=" + MISSING), 404, "not-found");
    }

    @Test
    void anIssueNeverOnAnAgendaHasAnEmptyTimeline() {
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        get("/api/v1/key-issues/" + territory + "/timeline").expectBody()
            .jsonPath("$.rounds").isEmpty()
            .jsonPath("$.currentStatus").isEmpty();
        expectProblem(get("/api/v1/key-issues/" + MISSING + "/timeline"), 404, "not-found");
    }

    @Test
    void comparesARoundWithThePreviousRoundOfItsProcess() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        String first = create("/api/v1/talks", aTalk().between("2025-05-16", "2025-05-16").concluded().of(process));
        create("/api/v1/talks", aTalk().between("2025-06-02", "2025-06-02").concluded());
        String second = create("/api/v1/talks", aTalk().between("2025-07-23", "2025-07-23").concluded().of(process));
        String prisoners = create("/api/v1/key-issues", aKeyIssue("Prisoners"));
        String ceasefire = create("/api/v1/key-issues", aKeyIssue("Ceasefire"));
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String memorandum = create("/api/v1/key-issues", aKeyIssue("Memorandum"));
        putOnAgenda(first, prisoners, "DISCUSSED", "n");
        putOnAgenda(second, prisoners, "AGREED", "n");
        putOnAgenda(first, ceasefire, "PROGRESS", "n");
        putOnAgenda(second, ceasefire, "DEADLOCKED", "n");
        putOnAgenda(first, territory, "RAISED", "n");
        putOnAgenda(second, memorandum, "DISCUSSED", "n");
        get("/api/v1/talks/" + second + "/comparison").expectStatus().isOk().expectBody()
            .jsonPath("$.withTalkId").isEqualTo(first)
            .jsonPath("$.items[*].name").isEqualTo(List.of("Ceasefire", "Memorandum", "Prisoners", "Territory"))
            .jsonPath("$.items[*].change").isEqualTo(List.of("REGRESSED", "APPEARED", "ADVANCED", "DROPPED"))
            .jsonPath("$.items[2].before").isEqualTo("DISCUSSED")
            .jsonPath("$.items[2].after").isEqualTo("AGREED");
    }

    @Test
    void comparesWithAnyRoundNamed() {
        String geneva = create("/api/v1/talks", aTalk());
        String miami = create("/api/v1/talks", aTalk());
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        putOnAgenda(geneva, territory, "DISCUSSED", "n");
        putOnAgenda(miami, territory, "DISCUSSED", "m");
        get("/api/v1/talks/" + miami + "/comparison?with=" + geneva).expectBody()
            .jsonPath("$.withTalkId").isEqualTo(geneva)
            .jsonPath("$.items[0].change").isEqualTo("STAYED");
        expectProblem(get("/api/v1/talks/" + miami + "/comparison?with=" + MISSING), 404, "not-found");
    }

    @Test
    void aFirstRoundComparesWithNothing() {
        String talk = create("/api/v1/talks", aTalk());
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        putOnAgenda(talk, territory, "RAISED", "n");
        get("/api/v1/talks/" + talk + "/comparison").expectBody()
            .jsonPath("$.withTalkId").isEmpty()
            .jsonPath("$.items[0].change").isEqualTo("APPEARED");
        expectProblem(get("/api/v1/talks/" + MISSING + "/comparison"), 404, "not-found");
    }
}
