package org.parley;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aSource;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.role;

/** What every list's filters share: several values mean any of them, and a desk can ask what changed since a moment. */
class ListFiltersApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final List<String> LISTS = List.of("/api/v1/talks", "/api/v1/statements", "/api/v1/delegations", "/api/v1/key-issues",
        "/api/v1/processes", "/api/v1/people", "/api/v1/documents", "/api/v1/positions");

    @Test
    void severalKindsMeanAnyOfThem() {
        create("/api/v1/statements", aStatement().kind("CLAIM").by("Volodymyr Zelenskyy"));
        create("/api/v1/statements", aStatement().kind("DENIAL").by("Yuri Ushakov"));
        create("/api/v1/statements", aStatement().kind("ASSESSMENT").by("Kirill Dmitriev"));
        assertThat(speakers("/api/v1/statements?kind=CLAIM&kind=DENIAL")).containsExactlyInAnyOrder("Volodymyr Zelenskyy", "Yuri Ushakov");
        assertThat(speakers("/api/v1/statements?kind=CLAIM,DENIAL")).containsExactlyInAnyOrder("Volodymyr Zelenskyy", "Yuri Ushakov");
    }

    @Test
    void severalKeyIssuesMeanStatementsAboutAnyOfThem() {
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String plant = create("/api/v1/key-issues", aKeyIssue("Zaporizhzhia nuclear plant"));
        String funding = create("/api/v1/key-issues", aKeyIssue("Funding"));
        create("/api/v1/statements", aStatement().by("A").about(territory));
        create("/api/v1/statements", aStatement().by("B").about(plant, funding));
        create("/api/v1/statements", aStatement().by("C").about(funding));
        assertThat(speakers("/api/v1/statements?keyIssueId=" + territory + "&keyIssueId=" + plant)).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void severalStatusesAndCitiesMeanRoundsWithAnyOfThem() {
        create("/api/v1/talks", aTalk().with("title", "Istanbul").in("Istanbul", "Türkiye").concluded());
        create("/api/v1/talks", aTalk().with("title", "Miami").ongoing());
        create("/api/v1/talks", aTalk().with("title", "Geneva").in("Geneva", "Switzerland").planned());
        assertThat(titles("/api/v1/talks?status=CONCLUDED&status=ONGOING")).containsExactlyInAnyOrder("Istanbul", "Miami");
        assertThat(titles("/api/v1/talks?city=istanbul&city=GENEVA")).containsExactlyInAnyOrder("Istanbul", "Geneva");
    }

    @Test
    void aTextValueWithACommaIsOneValue() {
        create("/api/v1/talks", aTalk().with("title", "Washington").in("Washington, D.C.", "United States"));
        assertThat(titles("/api/v1/talks?city=Washington, D.C.")).containsExactly("Washington");
    }

    @Test
    void aRoleFindsTheRoundsWhereSomeoneOrOneOfTheDelegationsNamedSatInIt() {
        String turkey = create("/api/v1/delegations", aDelegation().named("Turkish hosts", "Türkiye").with("partyCode", "TUR"));
        String usa = create("/api/v1/delegations", aDelegation().named("US team", "United States").with("partyCode", "USA"));
        String istanbul = create("/api/v1/talks", aTalk().with("title", "Istanbul"));
        String miami = create("/api/v1/talks", aTalk().with("title", "Miami"));
        put("/api/v1/talks/" + istanbul + "/participants/" + turkey, role("HOST")).expectStatus().isCreated();
        put("/api/v1/talks/" + istanbul + "/participants/" + usa, role("OBSERVER")).expectStatus().isCreated();
        put("/api/v1/talks/" + miami + "/participants/" + usa, role("MEDIATOR")).expectStatus().isCreated();
        assertThat(titles("/api/v1/talks?role=HOST")).containsExactly("Istanbul");
        assertThat(titles("/api/v1/talks?role=MEDIATOR&role=HOST")).containsExactlyInAnyOrder("Istanbul", "Miami");
        assertThat(titles("/api/v1/talks?role=MEDIATOR&delegationId=" + usa)).containsExactly("Miami");
        assertThat(titles("/api/v1/talks?role=HOST&delegationId=" + usa)).isEmpty();
    }

    @Test
    void anOutletFindsStatementsReportedByItOrCitingIt() {
        create("/api/v1/statements", aStatement().by("A").with("sources", List.of(aSource("Associated Press", "RIA Novosti"))));
        create("/api/v1/statements", aStatement().by("B").with("sources", List.of(aSource("Reuters", null))));
        create("/api/v1/statements", aStatement().by("C").with("sources", List.of(aSource("Politico", null), aSource("RIA Novosti", null))));
        assertThat(speakers("/api/v1/statements?outlet=ria novosti")).containsExactlyInAnyOrder("A", "C");
        assertThat(speakers("/api/v1/statements?outlet=REUTERS")).containsExactly("B");
    }

    @Test
    void quoteTellsQuotationsFromParaphrases() {
        create("/api/v1/statements", aStatement().by("Quoted").with("quote", true));
        create("/api/v1/statements", aStatement().by("Paraphrased").with("quote", false));
        assertThat(speakers("/api/v1/statements?quote=false")).containsExactly("Paraphrased");
        expectProblem(get("/api/v1/statements?quote=yes"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("quote");
    }

    @Test
    void updatedSinceKeepsWhatChangedAtOrAfterTheMoment() throws InterruptedException {
        String old = create("/api/v1/talks", aTalk().with("title", "Old"));
        create("/api/v1/talks", aTalk().with("title", "Untouched"));
        Thread.sleep(5);
        Instant since = Instant.now();
        Thread.sleep(5);
        create("/api/v1/talks", aTalk().with("title", "New"));
        put("/api/v1/talks/" + old, aTalk().with("title", "Old, revised")).expectStatus().isOk();
        assertThat(titles("/api/v1/talks?updatedSince=" + since + "&sort=updatedAt")).containsExactly("New", "Old, revised");
        assertThat(titles("/api/v1/talks?updatedSince=" + since + "&sort=updatedAt,desc")).containsExactly("Old, revised", "New");
    }

    @Test
    void everyListTakesUpdatedSinceAndSortsByUpdatedAt() {
        for (String list : LISTS) {
            get(list + "?updatedSince=2025-12-20T00:00:00Z&sort=updatedAt,desc").expectStatus().isOk();
            expectProblem(get(list + "?updatedSince=yesterday"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("updatedSince");
        }
    }

    @Test
    void aFilterTakesAtMostFiftyValues() {
        String fiftyOne = String.join("&", Collections.nCopies(51, "delegationId=" + UUID.randomUUID()));
        expectProblem(get("/api/v1/talks?" + fiftyOne), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("delegationId");
        String fifty = String.join("&", Collections.nCopies(50, "delegationId=" + UUID.randomUUID()));
        get("/api/v1/talks?" + fifty).expectStatus().isOk();
    }

    @Test
    void everyValueOfAFilterIsCheckedOnItsOwn() {
        expectProblem(get("/api/v1/statements?kind=CLAIM&kind=RUMOUR"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("kind");
        expectProblem(get("/api/v1/statements?delegationId=" + UUID.randomUUID() + "&delegationId=1-1-1-1-1"), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("delegationId").jsonPath("$.errors[0].message").isEqualTo("must be a UUID");
        expectProblem(get("/api/v1/statements?side=UKR&side=ukraine"), 400, "invalid-input")
            .jsonPath("$.errors[0].message").isEqualTo("must be 2 to 10 capital letters, e.g. UKR");
    }

    private List<String> speakers(String path) {
        return values(path, "speaker");
    }

    private List<String> titles(String path) {
        return values(path, "title");
    }

    private List<String> values(String path, String field) {
        JsonNode page = JSON.readTree(get(path).expectStatus().isOk().expectBody().returnResult().getResponseBody());
        List<String> values = new ArrayList<>();
        page.get("content").forEach(row -> values.add(row.get(field).asString()));
        return values;
    }
}
