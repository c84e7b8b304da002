package org.parley.talk;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.agendaStatus;
import static org.parley.Fixtures.role;

class TalkListApiTest extends ApiTest {

    @Test
    void listsTalksNewestFirstInPages() {
        create("/api/v1/talks", aTalk().with("title", "Geneva").between("2025-11-23", "2025-11-23"));
        create("/api/v1/talks", aTalk().with("title", "Miami").between("2025-12-20", "2025-12-21"));
        create("/api/v1/talks", aTalk().with("title", "Istanbul").between("2025-05-16", "2025-05-16"));
        get("/api/v1/talks?size=2").expectStatus().isOk().expectBody()
            .jsonPath("$.content[*].title").isEqualTo(List.of("Miami", "Geneva"))
            .jsonPath("$.page.size").isEqualTo(2)
            .jsonPath("$.page.number").isEqualTo(0)
            .jsonPath("$.page.totalElements").isEqualTo(3)
            .jsonPath("$.page.totalPages").isEqualTo(2);
        get("/api/v1/talks?size=2&page=1").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Istanbul"));
    }

    @Test
    void sortsByTheRequestedProperty() {
        create("/api/v1/talks", aTalk().with("title", "Geneva"));
        create("/api/v1/talks", aTalk().with("title", "Abu Dhabi"));
        get("/api/v1/talks?sort=title,asc").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Abu Dhabi", "Geneva"));
        get("/api/v1/talks?sort=title,desc").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Geneva", "Abu Dhabi"));
    }

    @Test
    void refusesToSortByAnUnknownProperty() {
        expectProblem(get("/api/v1/talks?sort=password"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("sort");
    }

    @Test
    void refusesPageSizesOutsideOneToAHundred() {
        expectProblem(get("/api/v1/talks?size=101"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("size");
        expectProblem(get("/api/v1/talks?size=0"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("size");
        expectProblem(get("/api/v1/talks?size=-5"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("size");
        expectProblem(get("/api/v1/talks?page=-1"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("page");
        expectProblem(get("/api/v1/talks?size=ten"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("size");
        get("/api/v1/talks?size=100").expectStatus().isOk();
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyNotAnError() {
        create("/api/v1/talks", aTalk());
        get("/api/v1/talks?page=999999").expectStatus().isOk().expectBody().jsonPath("$.content").isEmpty()
            .jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void filtersByStatus() {
        create("/api/v1/talks", aTalk().with("title", "Miami").concluded());
        create("/api/v1/talks", aTalk().with("title", "Moscow").planned());
        get("/api/v1/talks?status=PLANNED").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Moscow"));
    }

    @Test
    void filtersByFormat() {
        create("/api/v1/talks", aTalk().with("title", "Miami"));
        create("/api/v1/talks", aTalk().with("title", "Abu Dhabi").trilateral());
        get("/api/v1/talks?format=TRILATERAL").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Abu Dhabi"));
    }

    @Test
    void filtersByCountryWhateverTheCase() {
        create("/api/v1/talks", aTalk().with("title", "Miami"));
        create("/api/v1/talks", aTalk().with("title", "Geneva").in("Geneva", "Switzerland"));
        get("/api/v1/talks?country=switzerland").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Geneva"));
    }

    @Test
    void filtersByDatesThatOverlapTheRange() {
        create("/api/v1/talks", aTalk().with("title", "Istanbul").between("2025-05-16", "2025-05-16"));
        create("/api/v1/talks", aTalk().with("title", "Miami").between("2025-12-20", "2025-12-21"));
        create("/api/v1/talks", aTalk().with("title", "Berlin").between("2025-12-14", "2025-12-15"));
        get("/api/v1/talks?from=2025-12-21&to=2025-12-31").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Miami"));
        get("/api/v1/talks?from=2025-12-01").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Miami", "Berlin"));
        get("/api/v1/talks?to=2025-06-01").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Istanbul"));
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        expectProblem(get("/api/v1/talks?from=2025-12-31&to=2025-12-01"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("to");
    }

    @Test
    void filtersByParticipatingDelegation() {
        String miami = create("/api/v1/talks", aTalk().with("title", "Miami"));
        create("/api/v1/talks", aTalk().with("title", "Geneva"));
        String russia = create("/api/v1/delegations", aDelegation());
        put("/api/v1/talks/" + miami + "/participants/" + russia, role("PARTY")).expectStatus().isCreated();
        get("/api/v1/talks?delegationId=" + russia).expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Miami"));
    }

    @Test
    void filtersByKeyIssueOnTheAgenda() {
        create("/api/v1/talks", aTalk().with("title", "Miami"));
        String geneva = create("/api/v1/talks", aTalk().with("title", "Geneva"));
        String plant = create("/api/v1/key-issues", aKeyIssue("Zaporizhzhia nuclear plant"));
        put("/api/v1/talks/" + geneva + "/agenda/" + plant, agendaStatus("RAISED")).expectStatus().isCreated();
        get("/api/v1/talks?keyIssueId=" + plant).expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Geneva"));
    }

    @Test
    void combinesFilters() {
        create("/api/v1/talks", aTalk().with("title", "Miami").concluded().between("2025-12-20", "2025-12-21"));
        create("/api/v1/talks", aTalk().with("title", "Miami again").planned().between("2025-12-27", "2025-12-28"));
        create("/api/v1/talks", aTalk().with("title", "Geneva").concluded().in("Geneva", "Switzerland"));
        get("/api/v1/talks?status=CONCLUDED&country=United States&from=2025-12-01").expectBody()
            .jsonPath("$.content[*].title").isEqualTo(List.of("Miami"));
    }

    @Test
    void listsParticipantsAndAgendaOfEveryTalkOnThePage() {
        String russia = create("/api/v1/delegations", aDelegation());
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        for (String title : new String[] { "Miami", "Geneva" }) {
            String talk = create("/api/v1/talks", aTalk().with("title", title));
            put("/api/v1/talks/" + talk + "/participants/" + russia, role("PARTY")).expectStatus().isCreated();
            put("/api/v1/talks/" + talk + "/agenda/" + territory, agendaStatus("RAISED")).expectStatus().isCreated();
        }
        get("/api/v1/talks").expectBody()
            .jsonPath("$.content[*].participants[0].name").isEqualTo(List.of("Russian delegation", "Russian delegation"))
            .jsonPath("$.content[*].agenda[0].name").value(names -> assertThat((List<Object>) names).containsOnly("Territory").hasSize(2));
    }

    @Test
    void refusesFilterValuesOfTheWrongType() {
        expectProblem(get("/api/v1/talks?status=STALLED"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("status");
        expectProblem(get("/api/v1/talks?delegationId=russia"), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("delegationId")
            .jsonPath("$.errors[0].message").isEqualTo("must be a UUID");
        expectProblem(get("/api/v1/talks?from=20.12.2025"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("from");
    }
}
