package org.parley.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aStatement;

/**
 * A search of statements ranks only the newest matches, and a list of statements is counted only up to a
 * limit, so that a common word or kind costs the same in an archive of a million statements as in a small
 * one; here the window is three statements and the count stops past five.
 */
@TestPropertySource(properties = { "parley.search.ranked-matches=3", "parley.lists.counted-up-to=5" })
class RelevanceWindowApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final LocalDate DAY = LocalDate.parse("2025-12-20");

    @Test
    void theNewestMatchesAreRankedFirstAndOlderOnesFollowNewestFirst() {
        fiveSayingTruceMoreTheOlderTheyAre();
        assertThat(speakers("/api/v1/statements?q=truce&size=20")).containsExactly("Third", "Second", "Newest", "Fourth", "Oldest");
    }

    @Test
    void pagesAcrossTheWindowsEndFollowOneAnother() {
        fiveSayingTruceMoreTheOlderTheyAre();
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(speakers("/api/v1/statements?q=truce&size=2&page=" + page));
        }
        assertThat(paged).containsExactly("Third", "Second", "Newest", "Fourth", "Oldest");
    }

    @Test
    void equallyRelevantMatchesFollowOneAnotherInTheOrderTheyWereRecorded() {
        said("Recorded first", 2, "A truce");
        said("Recorded second", 1, "A truce");
        said("Recorded third", 0, "A truce");
        assertThat(speakers("/api/v1/statements?q=truce")).containsExactly("Recorded first", "Recorded second", "Recorded third");
    }

    @Test
    void theLeastRelevantComeFirstWhenAsked() {
        fiveSayingTruceMoreTheOlderTheyAre();
        assertThat(speakers("/api/v1/statements?q=truce&sort=relevance,asc")).containsExactly("Newest", "Second", "Third", "Fourth", "Oldest");
    }

    @Test
    void equallyRelevantMatchesFollowTheSortThatBreaksTheirTies() {
        said("Newest", 0, "A truce");
        said("Oldest", 2, "A truce");
        said("Middle", 1, "A truce");
        assertThat(speakers("/api/v1/statements?q=truce&sort=relevance,desc&sort=statedOn,asc")).containsExactly("Oldest", "Middle", "Newest");
    }

    @Test
    void filtersChooseTheWindowAmongTheMatchesTheyKeep() {
        fiveSayingTruceMoreTheOlderTheyAre();
        assertThat(speakers("/api/v1/statements?q=truce&to=" + DAY.minusDays(2))).containsExactly("Oldest", "Fourth", "Third");
    }

    @Test
    void aSortOtherThanRelevanceOrdersEveryMatch() {
        said("Newest", 0, "A truce was mentioned");
        said("Oldest", 4, "Truce truce truce truce truce");
        said("Middle", 2, "Truce, truce, truce");
        said("Quiet", 1, "Nothing about it");
        assertThat(speakers("/api/v1/statements?q=truce&sort=statedOn,asc")).containsExactly("Oldest", "Middle", "Newest");
    }

    @Test
    void aFewMatchesAreCountedExactly() {
        for (int i = 0; i < 5; i++) {
            said("Speaker " + i, i, "A truce");
        }
        JsonNode page = page("/api/v1/statements?q=truce&size=2").get("page");
        assertThat(page.get("totalElements").asLong()).isEqualTo(5);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        assertThat(page.get("totalExact").asBoolean()).isTrue();
    }

    @Test
    void manyMatchesAreCountedUpToTheLimitAndTheTotalSaysItIsALowerBound() {
        for (int i = 0; i < 7; i++) {
            said("Speaker " + i, i, "A truce");
        }
        JsonNode page = page("/api/v1/statements?q=truce&size=2").get("page");
        assertThat(page.get("totalElements").asLong()).isEqualTo(5);
        assertThat(page.get("totalExact").asBoolean()).isFalse();
        assertThat(page("/api/v1/statements?q=truce&size=2&page=3").get("content")).hasSize(1);
        JsonNode byDate = page("/api/v1/statements?q=truce&size=2&sort=statedOn,desc").get("page");
        assertThat(byDate.get("totalElements").asLong()).as("sorted by date").isEqualTo(5);
        assertThat(byDate.get("totalExact").asBoolean()).as("sorted by date").isFalse();
        JsonNode hits = page("/api/v1/search?q=truce&type=STATEMENT").get("page");
        assertThat(hits.get("totalElements").asLong()).isEqualTo(5);
        assertThat(hits.get("totalExact").asBoolean()).isFalse();
        JsonNode unsearched = page("/api/v1/statements?size=2").get("page");
        assertThat(unsearched.get("totalElements").asLong()).as("a list without q").isEqualTo(5);
        assertThat(unsearched.get("totalExact").asBoolean()).as("a list without q").isFalse();
        assertThat(page("/api/v1/statements?size=2&page=3").get("content")).as("a list without q, past the count").hasSize(1);
    }

    @Test
    void listsFilteredThroughOtherTablesAreCountedUpToTheLimitToo() {
        String issue = create("/api/v1/key-issues", aKeyIssue("Territory"));
        for (int i = 0; i < 7; i++) {
            create("/api/v1/statements", aStatement().by("Speaker " + i).statedOn(DAY.minusDays(i)).about(issue));
        }
        create("/api/v1/statements", aStatement().by("Elsewhere"));
        for (String path : List.of("/api/v1/statements?size=2&keyIssueId=" + issue, "/api/v1/statements?size=2&speaker=speaker",
            "/api/v1/statements?size=2&outlet=press&speaker=speaker")) {
            JsonNode page = page(path).get("page");
            assertThat(page.get("totalElements").asLong()).as(path).isEqualTo(5);
            assertThat(page.get("totalExact").asBoolean()).as(path).isFalse();
        }
        JsonNode few = page("/api/v1/statements?size=2&keyIssueId=" + issue + "&to=" + DAY.minusDays(4)).get("page");
        assertThat(few.get("totalElements").asLong()).isEqualTo(3);
        assertThat(few.get("totalExact").asBoolean()).isTrue();
    }

    @Test
    void theStatementsAboutOneKeyIssueAreCountedExactlyBelowTheLimit() {
        String issue = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String other = create("/api/v1/key-issues", aKeyIssue("Funding"));
        for (int i = 0; i < 3; i++) {
            create("/api/v1/statements", aStatement().by("Speaker " + i).statedOn(DAY.minusDays(i)).about(issue));
            create("/api/v1/statements", aStatement().by("Other " + i).statedOn(DAY.minusDays(i)).about(other));
        }
        create("/api/v1/statements", aStatement().by("Both").about(issue, other));
        JsonNode page = page("/api/v1/statements?size=2&keyIssueId=" + issue).get("page");
        assertThat(page.get("totalElements").asLong()).isEqualTo(4);
        assertThat(page.get("totalExact").asBoolean()).isTrue();
    }

    @Test
    void oneSearchShowsTheBestOfTheNewestMatches() {
        fiveSayingTruceMoreTheOlderTheyAre();
        List<String> titles = new ArrayList<>();
        page("/api/v1/search?q=truce&type=STATEMENT").get("content").forEach(hit -> titles.add(hit.get("title").asString()));
        assertThat(titles).containsExactly("Third", "Second", "Newest");
    }

    @Test
    void oneSearchShowsTheNewestOfEquallyRelevantMatchesFirst() {
        said("Oldest", 2, "A truce");
        said("Newest", 0, "A truce");
        said("Middle", 1, "A truce");
        List<String> titles = new ArrayList<>();
        page("/api/v1/search?q=truce&type=STATEMENT&size=2").get("content").forEach(hit -> titles.add(hit.get("title").asString()));
        assertThat(titles).containsExactly("Newest", "Middle");
    }

    @Test
    void anExportOfASearchHasTheListsOrder() {
        fiveSayingTruceMoreTheOlderTheyAre();
        List<String> exported = new ArrayList<>();
        JsonNode rows = JSON.readTree("[" + String.join(",", http.get().uri("/api/v1/statements?q=truce")
            .header(HttpHeaders.ACCEPT, "application/x-ndjson").exchange().expectStatus().isOk().expectBody(String.class)
            .returnResult().getResponseBody().strip().split("\n")) + "]");
        rows.forEach(row -> exported.add(row.get("speaker").asString()));
        assertThat(exported).containsExactly("Third", "Second", "Newest", "Fourth", "Oldest");
    }

    /** The older a statement, the more it says truce: ranking every match would put the oldest first. */
    private void fiveSayingTruceMoreTheOlderTheyAre() {
        said("Newest", 0, "A truce was mentioned");
        said("Second", 1, "A truce, a truce");
        said("Third", 2, "Truce, truce, truce");
        said("Fourth", 3, "Truce truce truce truce");
        said("Oldest", 4, "Truce truce truce truce truce");
    }

    private void said(String speaker, int daysBefore, String text) {
        create("/api/v1/statements", aStatement().by(speaker).statedOn(DAY.minusDays(daysBefore)).with("text", text).with("speakerTitle", null));
    }

    private JsonNode page(String path) {
        return JSON.readTree(get(path).expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    private List<String> speakers(String path) {
        List<String> values = new ArrayList<>();
        page(path).get("content").forEach(row -> values.add(row.get("speaker").asString()));
        return values;
    }
}
