package org.parley.statement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aDocument;
import static org.parley.Fixtures.aPerson;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aSource;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.role;

class StatementApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String MISSING = "/api/v1/statements/00000000-0000-0000-0000-000000000000";

    @Test
    void recordsASourcedStatement() {
        String russia = create("/api/v1/delegations", aDelegation());
        String talk = create("/api/v1/talks", aTalk());
        put("/api/v1/talks/" + talk + "/participants/" + russia, role("PARTY")).expectStatus().isCreated();
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        post("/api/v1/statements", aStatement().at(talk).forDelegation(russia).about(territory))
            .expectStatus().isCreated()
            .expectHeader().value("Location", l -> assertThat(l).contains("/api/v1/statements/"))
            .expectBody()
            .jsonPath("$.speaker").isEqualTo("Kirill Dmitriev")
            .jsonPath("$.speakerTitle").isEqualTo("Special Presidential Representative")
            .jsonPath("$.talkId").isEqualTo(talk)
            .jsonPath("$.delegationId").isEqualTo(russia)
            .jsonPath("$.statedOn").isEqualTo("2025-12-20")
            .jsonPath("$.quote").isEqualTo(true)
            .jsonPath("$.kind").isEqualTo("ASSESSMENT")
            .jsonPath("$.keyIssueIds").isEqualTo(List.of(territory))
            .jsonPath("$.sources[0].outlet").isEqualTo("Associated Press")
            .jsonPath("$.sources[0].via").isEqualTo("RIA Novosti")
            .jsonPath("$.sources[0].publishedOn").isEqualTo("2025-12-21")
            .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void readsBackExactlyAsItWasAnsweredWhenWritten() {
        String talk = create("/api/v1/talks", aTalk());
        String person = create("/api/v1/people", aPerson("Kirill Dmitriev", "Dmitriyev"));
        String plan = create("/api/v1/documents", aDocument("28-point plan"));
        List<String> issues = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            issues.add(create("/api/v1/key-issues", aKeyIssue("Issue " + i)));
        }
        String earlier = create("/api/v1/statements", aStatement().at(talk));
        String other = create("/api/v1/statements", aStatement().at(talk));
        Map<String, Object> cited = aSource("Reuters", null);
        cited.put("citing", List.of("Interfax", "RIA Novosti"));
        cited.remove("via");
        byte[] written = post("/api/v1/statements", aStatement().at(talk).about(issues.toArray(String[]::new)).referringTo(plan)
            .answering("DENIES", earlier).answering("RESPONDS_TO", other).with("personId", person).with("medium", "INTERVIEW")
            .with("language", "ru").with("sources", List.of(aSource("Associated Press", "RIA Novosti"), cited)))
            .expectStatus().isCreated().expectBody().returnResult().getResponseBody();
        String id = JSON.readTree(written).get("id").asString();
        assertThat(JSON.readTree(get("/api/v1/statements/" + id).expectStatus().isOk().expectBody().returnResult().getResponseBody()))
            .isEqualTo(JSON.readTree(written));
        JsonNode listed = JSON.readTree(get("/api/v1/statements?personId=" + person).expectStatus().isOk().expectBody()
            .returnResult().getResponseBody()).get("content").get(0);
        assertThat(listed).isEqualTo(JSON.readTree(written));
    }

    @Test
    void aStatementMaySpeakForASideWithoutADelegation() {
        String id = create("/api/v1/statements", aStatement().by("Volodymyr Zelenskyy").forSide("UKR"));
        get("/api/v1/statements/" + id).expectBody().jsonPath("$.side").isEqualTo("UKR").jsonPath("$.delegationId").isEmpty();
    }

    @Test
    void aStatementForADelegationTakesItsSideFromIt() {
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine").with("partyCode", "UKR"));
        expectProblem(post("/api/v1/statements", aStatement().forDelegation(ukraine).forSide("UKR")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("side");
    }

    @Test
    void theSideFilterFindsWhatWasSaidForTheSideAndForItsDelegations() {
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine").with("partyCode", "UKR"));
        create("/api/v1/statements", aStatement().by("Rustem Umerov").forDelegation(ukraine));
        create("/api/v1/statements", aStatement().by("Volodymyr Zelenskyy").forSide("UKR"));
        create("/api/v1/statements", aStatement().by("Yuri Ushakov").forSide("RUS"));
        get("/api/v1/statements?side=UKR&sort=speaker").expectBody()
            .jsonPath("$.content[*].speaker").isEqualTo(List.of("Rustem Umerov", "Volodymyr Zelenskyy"));
        get("/api/v1/statements?side=RUS").expectBody().jsonPath("$.content[*].speaker").isEqualTo(List.of("Yuri Ushakov"));
    }

    @Test
    void refusesASideThatIsNoCode() {
        expectProblem(post("/api/v1/statements", aStatement().forSide("Ukraine")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("side");
        expectProblem(get("/api/v1/statements?side=ukraine"), 400, "invalid-input");
    }

    @Test
    void keepsTheOrderOfItsSources() {
        String id = create("/api/v1/statements", aStatement().with("sources",
            List.of(aSource("Agence France-Presse", "Russian news agencies"), aSource("Politico", null))));
        get("/api/v1/statements/" + id).expectBody().jsonPath("$.sources[*].outlet").isEqualTo(List.of("Agence France-Presse", "Politico"));
    }

    @Test
    void aStatementNeedsASource() {
        expectProblem(post("/api/v1/statements", aStatement().with("sources", List.of())), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("sources");
        expectProblem(post("/api/v1/statements", aStatement().without("sources")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("sources");
    }

    @Test
    void aSourceNeedsAnOutletAndAWebAddress() {
        expectProblem(post("/api/v1/statements", aStatement().with("sources", List.of(Map.of("url", "ftp://x")))), 400, "invalid-input")
            .jsonPath("$.errors[*].field").value(f -> assertThat((List<Object>) f).containsExactlyInAnyOrder("sources[0].outlet", "sources[0].url"));
    }

    @Test
    void aStatementCannotBeMadeInTheFuture() {
        LocalDate dayAfterTomorrow = LocalDate.now(ZoneOffset.ofHours(14)).plusDays(1);
        expectProblem(post("/api/v1/statements", aStatement().statedOn(dayAfterTomorrow)), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("statedOn");
    }

    @Test
    void aStatementMadeTodayIsAccepted() {
        post("/api/v1/statements", aStatement().statedOn(LocalDate.now(ZoneOffset.UTC))).expectStatus().isCreated();
    }

    @Test
    void theDelegationOfAStatementAtATalkMustTakePartInIt() {
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        String talk = create("/api/v1/talks", aTalk());
        expectProblem(post("/api/v1/statements", aStatement().at(talk).forDelegation(ukraine)), 409, "delegation-not-at-talk");
    }

    @Test
    void unknownReferencesInTheBodyAreNotFoundAndNamed() {
        String unknown = "00000000-0000-0000-0000-0000000000aa";
        expectProblem(post("/api/v1/statements", aStatement().at(unknown)), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Talk " + unknown + " does not exist");
        expectProblem(post("/api/v1/statements", aStatement().forDelegation(unknown)), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Delegation " + unknown + " does not exist");
        expectProblem(post("/api/v1/statements", aStatement().about(unknown)), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Key issue " + unknown + " does not exist");
    }

    @Test
    void replacesAStatement() {
        String id = create("/api/v1/statements", aStatement());
        put("/api/v1/statements/" + id, aStatement().kind("DENIAL").with("quote", false).with("text", "No trilateral meeting is in preparation"))
            .expectStatus().isOk().expectBody()
            .jsonPath("$.kind").isEqualTo("DENIAL")
            .jsonPath("$.quote").isEqualTo(false)
            .jsonPath("$.text").isEqualTo("No trilateral meeting is in preparation")
            .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void deletesAStatement() {
        String id = create("/api/v1/statements", aStatement());
        delete("/api/v1/statements/" + id).expectStatus().isNoContent();
        expectProblem(get("/api/v1/statements/" + id), 404, "not-found");
    }

    @Test
    void anUnknownStatementIsNotFound() {
        expectProblem(get(MISSING), 404, "not-found");
        expectProblem(put(MISSING, aStatement()), 404, "not-found");
        expectProblem(delete(MISSING), 404, "not-found");
    }

    @Test
    void listsTheStatementsOfARound() {
        String miami = create("/api/v1/talks", aTalk());
        String geneva = create("/api/v1/talks", aTalk().with("title", "Geneva"));
        create("/api/v1/statements", aStatement().at(miami));
        create("/api/v1/statements", aStatement().at(geneva).by("Rustem Umerov"));
        get("/api/v1/talks/" + miami + "/statements").expectStatus().isOk().expectBody()
            .jsonPath("$.content[*].speaker").isEqualTo(List.of("Kirill Dmitriev"))
            .jsonPath("$.page.totalElements").isEqualTo(1);
        expectProblem(get("/api/v1/talks/00000000-0000-0000-0000-000000000000/statements"), 404, "not-found");
    }

    @Test
    void aRoundsStatementsArePagedNewestFirstOneDaysByIdAndCountedOnEveryPage() {
        String round = create("/api/v1/talks", aTalk());
        String other = create("/api/v1/talks", aTalk().with("title", "Geneva"));
        LocalDate day = LocalDate.of(2025, 12, 1);
        String oldest = create("/api/v1/statements", aStatement().at(round).statedOn(day));
        String sameDayOne = create("/api/v1/statements", aStatement().at(round).statedOn(day.plusDays(1)));
        String sameDayTwo = create("/api/v1/statements", aStatement().at(round).statedOn(day.plusDays(1)));
        String newest = create("/api/v1/statements", aStatement().at(round).statedOn(day.plusDays(2)));
        create("/api/v1/statements", aStatement().at(other).statedOn(day.plusDays(3)));
        List<String> ids = new ArrayList<>();
        for (int page = 0; page < 2; page++) {
            JsonNode body = JSON.readTree(get("/api/v1/talks/" + round + "/statements?size=2&page=" + page)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
            body.get("content").forEach(statement -> ids.add(statement.get("id").asString()));
            assertThat(body.get("page").get("totalElements").asLong()).as("page %d", page).isEqualTo(4);
        }
        // PostgreSQL orders uuids by their bytes, as their lower-case text sorts
        List<String> sameDay = List.of(sameDayOne, sameDayTwo).stream().sorted().toList();
        assertThat(ids).containsExactly(newest, sameDay.get(0), sameDay.get(1), oldest);
    }

    @Test
    void filtersBySpeakerPartWhateverTheCase() {
        create("/api/v1/statements", aStatement());
        create("/api/v1/statements", aStatement().by("Yuri Ushakov"));
        get("/api/v1/statements?speaker=DMITR").expectBody().jsonPath("$.content[*].speaker").isEqualTo(List.of("Kirill Dmitriev"));
        get("/api/v1/statements?speaker=%25").expectBody().jsonPath("$.content").isEmpty();
    }

    @Test
    void aSpeakersStatementsArePagedNewestFirstAcrossSpellingsAndPeopleEachOnce() {
        LocalDate day = LocalDate.of(2025, 12, 1);
        String lavrov = create("/api/v1/people", aPerson("Sergei Lavrov", "Lavrov"));
        create("/api/v1/statements", aStatement().by("Sergei Lavrov").statedOn(day.plusDays(4)).with("text", "a"));
        create("/api/v1/statements", aStatement().by("The foreign minister").with("personId", lavrov).statedOn(day.plusDays(3)).with("text", "b"));
        create("/api/v1/statements", aStatement().by("S. LAVROV").statedOn(day.plusDays(2)).with("text", "c"));
        create("/api/v1/statements", aStatement().by("Sergei Lavrov").with("personId", lavrov).statedOn(day.plusDays(1)).with("text", "d"));
        create("/api/v1/statements", aStatement().by("Yuri Ushakov").statedOn(day.plusDays(5)).with("text", "not his"));
        List<Object> texts = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode body = JSON.readTree(get("/api/v1/statements?size=2&speaker=lavrov&page=" + page)
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody());
            body.get("content").forEach(statement -> texts.add(statement.get("text").asString()));
            assertThat(body.get("page").get("totalElements").asLong()).as("page %d", page).isEqualTo(4);
        }
        assertThat(texts).containsExactly("a", "b", "c", "d");
    }

    @Test
    void aSpeakerFilterFindsTheSpellingAStatementWasChangedTo() {
        String id = create("/api/v1/statements", aStatement().by("Kirill Dmitriev"));
        put("/api/v1/statements/" + id, aStatement().by("Kirill Dmitriyev")).expectStatus().isOk();
        get("/api/v1/statements?speaker=dmitriyev").expectBody().jsonPath("$.content[*].id").isEqualTo(List.of(id));
        get("/api/v1/statements?speaker=dmitriev").expectBody().jsonPath("$.content").isEmpty();
    }

    @Test
    void refusesASpeakerFilterLongerThanAnyName() {
        expectProblem(get("/api/v1/statements?speaker=" + "x".repeat(201)), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("speaker");
    }

    @Test
    void filtersByKind() {
        create("/api/v1/statements", aStatement());
        create("/api/v1/statements", aStatement().by("Yuri Ushakov").kind("DENIAL"));
        get("/api/v1/statements?kind=DENIAL").expectBody().jsonPath("$.content[*].speaker").isEqualTo(List.of("Yuri Ushakov"));
    }

    @Test
    void filtersByDelegationTalkAndKeyIssue() {
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        String talk = create("/api/v1/talks", aTalk());
        String plant = create("/api/v1/key-issues", aKeyIssue("Zaporizhzhia nuclear plant"));
        put("/api/v1/talks/" + talk + "/participants/" + ukraine, role("PARTY")).expectStatus().isCreated();
        create("/api/v1/statements", aStatement().by("Volodymyr Zelenskyy").at(talk).forDelegation(ukraine).about(plant));
        create("/api/v1/statements", aStatement());
        get("/api/v1/statements?delegationId=" + ukraine).expectBody().jsonPath("$.content[*].speaker").isEqualTo(List.of("Volodymyr Zelenskyy"));
        get("/api/v1/statements?talkId=" + talk).expectBody().jsonPath("$.content[*].speaker").isEqualTo(List.of("Volodymyr Zelenskyy"));
        get("/api/v1/statements?keyIssueId=" + plant).expectBody().jsonPath("$.content[*].speaker").isEqualTo(List.of("Volodymyr Zelenskyy"));
    }

    @Test
    void filtersByDateAndListsNewestFirst() {
        create("/api/v1/statements", aStatement().by("Marco Rubio").statedOn(LocalDate.of(2025, 12, 19)));
        create("/api/v1/statements", aStatement().by("Kirill Dmitriev").statedOn(LocalDate.of(2025, 12, 20)));
        create("/api/v1/statements", aStatement().by("Yuri Ushakov").statedOn(LocalDate.of(2025, 12, 21)));
        get("/api/v1/statements?from=2025-12-20").expectBody().jsonPath("$.content[*].speaker").isEqualTo(List.of("Yuri Ushakov", "Kirill Dmitriev"));
        get("/api/v1/statements?to=2025-12-20&sort=statedOn").expectBody().jsonPath("$.content[*].speaker").isEqualTo(List.of("Marco Rubio", "Kirill Dmitriev"));
    }

    @Test
    void theStatementsAboutAKeyIssueListNewestFirstAndPageInThatOrder() {
        String plant = create("/api/v1/key-issues", aKeyIssue("Zaporizhzhia nuclear plant"));
        create("/api/v1/statements", aStatement().by("Marco Rubio").statedOn(LocalDate.of(2025, 12, 19)).about(plant));
        create("/api/v1/statements", aStatement().by("Yuri Ushakov").statedOn(LocalDate.of(2025, 12, 21)).about(plant));
        create("/api/v1/statements", aStatement().by("Kirill Dmitriev").statedOn(LocalDate.of(2025, 12, 20)).about(plant));
        create("/api/v1/statements", aStatement().by("Rustem Umerov").statedOn(LocalDate.of(2025, 12, 22)));
        get("/api/v1/statements?keyIssueId=" + plant + "&size=2&page=1").expectBody()
            .jsonPath("$.content[*].speaker").isEqualTo(List.of("Marco Rubio"))
            .jsonPath("$.page.totalElements").isEqualTo(3);
        get("/api/v1/statements?keyIssueId=" + plant).expectBody()
            .jsonPath("$.content[*].speaker").isEqualTo(List.of("Yuri Ushakov", "Kirill Dmitriev", "Marco Rubio"));
    }

    @Test
    void aStatementMovedToAnotherDayMovesInItsKeyIssuesLists() {
        String plant = create("/api/v1/key-issues", aKeyIssue("Zaporizhzhia nuclear plant"));
        String rubio = create("/api/v1/statements", aStatement().by("Marco Rubio").statedOn(LocalDate.of(2025, 12, 19)).about(plant));
        create("/api/v1/statements", aStatement().by("Yuri Ushakov").statedOn(LocalDate.of(2025, 12, 21)).about(plant));
        mergePatch("/api/v1/statements/" + rubio, Map.of("statedOn", "2025-12-22")).expectStatus().isOk();
        get("/api/v1/statements?keyIssueId=" + plant).expectBody().jsonPath("$.content[*].speaker").isEqualTo(List.of("Marco Rubio", "Yuri Ushakov"));
    }

    @Test
    void aKeyIssueGivenToAStatementWhileItMovesTakesItsNewDay() {
        String plant = create("/api/v1/key-issues", aKeyIssue("Zaporizhzhia nuclear plant"));
        String rubio = create("/api/v1/statements", aStatement().by("Marco Rubio").statedOn(LocalDate.of(2025, 12, 19)));
        create("/api/v1/statements", aStatement().by("Yuri Ushakov").statedOn(LocalDate.of(2025, 12, 21)).about(plant));
        mergePatch("/api/v1/statements/" + rubio, Map.of("statedOn", "2025-12-22", "keyIssueIds", List.of(plant))).expectStatus().isOk();
        get("/api/v1/statements?keyIssueId=" + plant).expectBody().jsonPath("$.content[*].speaker").isEqualTo(List.of("Marco Rubio", "Yuri Ushakov"));
    }

    private ResponseSpec mergePatch(String path, Object body) {
        return http.patch().uri(path).contentType(MediaType.valueOf("application/merge-patch+json")).header(HttpHeaders.IF_MATCH, "*")
            .body(body).exchange();
    }
}
