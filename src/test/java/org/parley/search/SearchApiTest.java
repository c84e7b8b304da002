package org.parley.search;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDocument;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aPerson;
import static org.parley.Fixtures.aProcess;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.aVersion;
import static org.parley.Fixtures.aSource;
import static org.parley.Fixtures.aStatement;

/** Finding what was said: web-search syntax, accents, other spellings and ranking, on the lists and across them. */
class SearchApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void wordsMustAllOccurInAnyForm() {
        create("/api/v1/statements", aStatement().by("A").with("text", "An energy truce would hold for thirty days"));
        create("/api/v1/statements", aStatement().by("B").with("text", "There is no truce yet"));
        create("/api/v1/statements", aStatement().by("C").with("text", "Energy prices rose"));
        assertThat(speakers("/api/v1/statements?q=truce")).containsExactlyInAnyOrder("A", "B");
        assertThat(speakers("/api/v1/statements?q=energy truces")).containsExactly("A");
    }

    @Test
    void aNameStandsForTheOtherSpellingsOfItsPerson() {
        create("/api/v1/people", aPerson("Volodymyr Zelenskyy", "Zelensky"));
        create("/api/v1/statements", aStatement().by("Volodymyr Zelenskyy").with("text", "We are ready"));
        create("/api/v1/statements", aStatement().by("Rustem Umerov").with("text", "Zelensky approved the points"));
        create("/api/v1/statements", aStatement().by("Kirill Dmitriev").with("text", "Progress was made"));
        assertThat(speakers("/api/v1/statements?q=zelenskiy")).containsExactlyInAnyOrder("Volodymyr Zelenskyy", "Rustem Umerov");
    }

    @Test
    void accentsAreIgnored() {
        create("/api/v1/statements", aStatement().by("Recep Tayyip Erdoğan").with("text", "Türkiye stands ready to host"));
        assertThat(speakers("/api/v1/statements?q=erdogan")).containsExactly("Recep Tayyip Erdoğan");
        assertThat(speakers("/api/v1/statements?q=turkiye host")).containsExactly("Recep Tayyip Erdoğan");
    }

    @Test
    void sourcesAreSearchedWithTheText() {
        create("/api/v1/statements", aStatement().by("A").with("text", "The talks resume").with("sources", List.of(aSource("Reuters", null))));
        create("/api/v1/statements", aStatement().by("B").with("text", "The talks resume").with("sources", List.of(aSource("AP", "RIA Novosti"))));
        assertThat(speakers("/api/v1/statements?q=talks novosti")).containsExactly("B");
    }

    @Test
    void theMostRelevantComeFirstUnlessSortSaysOtherwise() {
        create("/api/v1/statements", aStatement().by("Once").statedOn(java.time.LocalDate.parse("2025-12-21"))
            .with("text", "Security guarantees were mentioned among many other matters of the day"));
        create("/api/v1/statements", aStatement().by("Twice").statedOn(java.time.LocalDate.parse("2025-12-20"))
            .with("text", "Security guarantees first, security guarantees last"));
        assertThat(speakers("/api/v1/statements?q=\"security guarantees\"")).containsExactly("Twice", "Once");
        assertThat(speakers("/api/v1/statements?q=\"security guarantees\"&sort=statedOn,desc")).containsExactly("Once", "Twice");
    }

    @Test
    void phrasesOrAndExclusionsFollowWebSearchSyntax() {
        create("/api/v1/statements", aStatement().by("A").with("text", "Security guarantees without NATO"));
        create("/api/v1/statements", aStatement().by("B").with("text", "Guarantees for security"));
        create("/api/v1/statements", aStatement().by("C").with("text", "Security guarantees from NATO members"));
        create("/api/v1/statements", aStatement().by("D").with("text", "A ceasefire first"));
        assertThat(speakers("/api/v1/statements?q=\"security guarantees\"")).containsExactlyInAnyOrder("A", "C");
        assertThat(speakers("/api/v1/statements?q=\"security guarantees\" -members")).containsExactly("A");
        assertThat(speakers("/api/v1/statements?q=ceasefire or nato")).containsExactlyInAnyOrder("A", "C", "D");
    }

    @Test
    void malformedSyntaxIsNoError() {
        create("/api/v1/statements", aStatement().by("A").with("text", "It's a deal: 50% now"));
        for (String q : List.of("\"unclosed", "a & | ! b", "'); drop table statements; --", "or or or deal", "(deal", "deal:*", "\\", "-\"-\"")) {
            get("/api/v1/statements?q={q}", q).expectStatus().value(status -> assertThat(status).as(q).isIn(200, 400));
        }
        assertThat(speakers("/api/v1/statements?q={q}", "\"it's a deal")).containsExactly("A");
        assertThat(speakers("/api/v1/statements?q={q}", "deal:*")).containsExactly("A");
    }

    @Test
    void aKeyIssueAliasStandsForItsName() {
        create("/api/v1/key-issues", aKeyIssue("Zaporizhzhia nuclear plant").with("aliases", List.of("Zaporozhye", "ZNPP")));
        create("/api/v1/statements", aStatement().by("A").with("text", "Control of the Zaporizhzhia plant remains open"));
        create("/api/v1/statements", aStatement().by("B").with("text", "The ZNPP was discussed"));
        create("/api/v1/statements", aStatement().by("C").with("text", "Funding was discussed"));
        assertThat(speakers("/api/v1/statements?q=zaporozhye")).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void aKeyIssueRenamedOrGivenAnAliasStandsForItsNewSpellings() {
        String id = create("/api/v1/key-issues", aKeyIssue("Nuclear plant"));
        create("/api/v1/statements", aStatement().by("A").with("text", "The ZNPP was discussed"));
        assertThat(speakers("/api/v1/statements?q=zaporizhzhia")).isEmpty();
        put("/api/v1/key-issues/" + id, aKeyIssue("Zaporizhzhia nuclear plant")).expectStatus().isOk();
        assertThat(speakers("/api/v1/statements?q=zaporizhzhia")).isEmpty();
        put("/api/v1/key-issues/" + id, aKeyIssue("Zaporizhzhia nuclear plant").with("aliases", List.of("ZNPP"))).expectStatus().isOk();
        assertThat(speakers("/api/v1/statements?q=zaporizhzhia")).containsExactly("A");
        put("/api/v1/key-issues/" + id, aKeyIssue("Energy").with("aliases", List.of("ZNPP"))).expectStatus().isOk();
        assertThat(speakers("/api/v1/statements?q=zaporizhzhia")).isEmpty();
    }

    @Test
    void keyIssueAliasesAreKeptAndRefusedWhenRepeated() {
        String id = create("/api/v1/key-issues", aKeyIssue("Zaporizhzhia nuclear plant").with("aliases", List.of("Zaporozhye", "ZNPP")));
        get("/api/v1/key-issues/" + id).expectStatus().isOk().expectBody().jsonPath("$.aliases[0]").isEqualTo("Zaporozhye")
            .jsonPath("$.aliases[1]").isEqualTo("ZNPP");
        expectProblem(post("/api/v1/key-issues", aKeyIssue("Territory").with("aliases", List.of("Donbas", "donbas"))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("aliases[1]");
    }

    @Test
    void aCountryIsFoundByAnyOfItsNames() {
        create("/api/v1/talks", aTalk().with("title", "Istanbul round").in("Istanbul", "Türkiye"));
        create("/api/v1/talks", aTalk().with("title", "Geneva round").in("Geneva", "Switzerland"));
        assertThat(titles("/api/v1/talks?country=turkey")).containsExactly("Istanbul round");
        assertThat(titles("/api/v1/talks?country=TURKIYE")).containsExactly("Istanbul round");
        assertThat(titles("/api/v1/talks?q=turkey")).containsExactly("Istanbul round");
    }

    @Test
    void talksAreFoundByTitlePlaceAndSummary() {
        create("/api/v1/talks", aTalk().with("title", "Geneva round").in("Geneva", "Switzerland").with("venue", "Intercontinental")
            .with("summary", "Prisoner exchange agreed"));
        create("/api/v1/talks", aTalk().with("title", "Miami consultations"));
        assertThat(titles("/api/v1/talks?q=intercontinental")).containsExactly("Geneva round");
        assertThat(titles("/api/v1/talks?q=prisoners")).containsExactly("Geneva round");
        assertThat(titles("/api/v1/talks?q=geneva&status=ONGOING")).isEmpty();
    }

    @Test
    void talksAreRankedByRelevanceUnlessSortSaysOtherwise() {
        create("/api/v1/talks", aTalk().with("title", "Prisoner talks").with("startDate", "2025-12-21").with("endDate", "2025-12-21")
            .with("summary", "Nothing else"));
        create("/api/v1/talks", aTalk().with("title", "Prisoner exchange").with("startDate", "2025-12-20").with("endDate", "2025-12-20")
            .with("summary", "Prisoners for prisoners, a prisoner exchange"));
        assertThat(titles("/api/v1/talks?q=prisoner")).containsExactly("Prisoner exchange", "Prisoner talks");
        assertThat(titles("/api/v1/talks?q=prisoner&sort=startDate,desc")).containsExactly("Prisoner talks", "Prisoner exchange");
    }

    @Test
    void documentsAreFoundByWhatTheirVersionsSay() {
        String plan = create("/api/v1/documents", aDocument("US peace plan"));
        create("/api/v1/documents", aDocument("European counter-proposal").with("summary", "A European answer"));
        post("/api/v1/documents/" + plan + "/versions", aVersion("19-point plan").with("summary", "Amnesty clause dropped"))
            .expectStatus().isCreated();
        assertThat(titles("/api/v1/documents?q=amnesty")).containsExactly("US peace plan");
        assertThat(titles("/api/v1/documents?q=european")).containsExactly("European counter-proposal");
    }

    @Test
    void oneSearchFindsStatementsTalksAndDocumentsWithMarkedSnippets() {
        String talk = create("/api/v1/talks", aTalk().with("title", "Energy truce talks").with("summary", "On an energy truce"));
        String statement = create("/api/v1/statements", aStatement().by("Kirill Dmitriev").at(talk)
            .with("text", "An energy truce would hold for thirty days"));
        String document = create("/api/v1/documents", aDocument("Energy truce memorandum").with("kind", "MEMORANDUM"));
        create("/api/v1/statements", aStatement().by("Other").with("text", "Nothing about it"));
        JsonNode found = page("/api/v1/search?q=energy truce");
        assertThat(found.get("page").get("totalElements").asLong()).isEqualTo(3);
        List<String> ids = new ArrayList<>();
        found.get("content").forEach(hit -> ids.add(hit.get("type").asString() + " " + hit.get("id").asString()));
        assertThat(ids).containsExactlyInAnyOrder("TALK " + talk, "STATEMENT " + statement, "DOCUMENT " + document);
        JsonNode hit = hitOf(found, statement);
        assertThat(hit.get("path").asString()).isEqualTo("/api/v1/statements/" + statement);
        assertThat(hit.get("talkId").asString()).isEqualTo(talk);
        String snippet = hit.get("snippet").asString();
        assertThat(snippet).isEqualTo("An energy truce would hold for thirty days");
        List<String> marked = new ArrayList<>();
        hit.get("highlights").forEach(h -> marked.add(snippet.substring(h.get("start").asInt(), h.get("end").asInt())));
        assertThat(marked).containsExactly("energy", "truce");
    }

    @Test
    void oneSearchTakesKindsAndProcessesAndRanksAcrossKinds() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine"));
        String talk = create("/api/v1/talks", aTalk().of(process).with("title", "Grain corridor").with("summary", "Grain"));
        create("/api/v1/statements", aStatement().by("In").at(talk).with("text", "Grain grain grain corridor"));
        create("/api/v1/statements", aStatement().by("Out").with("text", "A grain deal elsewhere"));
        assertThat(types("/api/v1/search?q=grain&type=TALK")).containsExactly("TALK");
        assertThat(types("/api/v1/search?q=grain&processId=" + process)).containsExactlyInAnyOrder("TALK", "STATEMENT");
        JsonNode all = page("/api/v1/search?q=grain");
        double previous = Double.MAX_VALUE;
        for (JsonNode hit : all.get("content")) {
            assertThat(hit.get("rank").asDouble()).isLessThanOrEqualTo(previous);
            previous = hit.get("rank").asDouble();
        }
        assertThat(page("/api/v1/search?q=grain&size=1&page=1").get("content")).hasSize(1);
    }

    @Test
    void aSearchIsRefusedWhenNothingCanBeSearchedFor() {
        expectProblem(get("/api/v1/search"), 400, "invalid-input");
        expectProblem(get("/api/v1/search?q={q}", " "), 400, "invalid-input");
        expectProblem(get("/api/v1/statements?q={q}", "-nato"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("q");
        expectProblem(get("/api/v1/statements?q={q}", "!!! ???"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("q");
        expectProblem(get("/api/v1/statements?q={q}", "x".repeat(501)), 400, "invalid-input");
        expectProblem(get("/api/v1/statements?q={q}", "a b c d e f g h i j k l m n o p q"), 400, "invalid-input");
        expectProblem(get("/api/v1/search?q=truce&size=100&page=10"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("page");
        expectProblem(get("/api/v1/search?q=truce&type=PERSON"), 400, "invalid-input");
    }

    @Test
    void relevanceIsASortOnlyWithQ() {
        expectProblem(get("/api/v1/statements?sort=relevance"), 400, "invalid-input")
            .jsonPath("$.errors[0].message").isEqualTo("can sort by relevance only with q, the text searched for");
        get("/api/v1/statements?q=truce&sort=relevance,desc&sort=statedOn").expectStatus().isOk();
        get("/api/v1/talks?q=truce&sort=relevance").expectStatus().isOk();
        get("/api/v1/documents?q=truce&sort=relevance").expectStatus().isOk();
    }

    private JsonNode hitOf(JsonNode page, String id) {
        for (JsonNode hit : page.get("content")) {
            if (hit.get("id").asString().equals(id)) {
                return hit;
            }
        }
        throw new AssertionError("no hit " + id);
    }

    private List<String> types(String path) {
        List<String> types = new ArrayList<>();
        page(path).get("content").forEach(hit -> types.add(hit.get("type").asString()));
        return types;
    }

    private List<String> titles(String path, Object... variables) {
        List<String> values = new ArrayList<>();
        page(path, variables).get("content").forEach(row -> values.add(row.get("title").asString()));
        return values;
    }

    private JsonNode page(String path, Object... variables) {
        return JSON.readTree(get(path, variables).expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    private List<String> speakers(String path, Object... variables) {
        JsonNode page = JSON.readTree(get(path, variables).expectStatus().isOk().expectBody().returnResult().getResponseBody());
        List<String> values = new ArrayList<>();
        page.get("content").forEach(row -> values.add(row.get("speaker").asString()));
        return values;
    }
}
