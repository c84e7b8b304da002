package org.parley.history;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aSource;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.agendaStatus;
import static org.parley.Fixtures.role;

class HistoryApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void reconstructsEveryEarlierStateOfATalkAfterASeriesOfEditsAndADelete() {
        String delegation = create("/api/v1/delegations", aDelegation());
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        List<JsonNode> states = new ArrayList<>();

        String talk = create("/api/v1/talks", aTalk());
        states.add(read("/api/v1/talks/" + talk));
        put("/api/v1/talks/" + talk, aTalk().with("title", "Miami consultations, second day").with("summary", "Talks resumed")).expectStatus().isOk();
        states.add(read("/api/v1/talks/" + talk));
        put("/api/v1/talks/" + talk + "/participants/" + delegation, role("PARTY")).expectStatus().isCreated();
        states.add(read("/api/v1/talks/" + talk));
        put("/api/v1/talks/" + talk + "/agenda/" + territory, agendaStatus("RAISED")).expectStatus().isCreated();
        states.add(read("/api/v1/talks/" + talk));
        put("/api/v1/talks/" + talk + "/agenda/" + territory, agendaStatus("DEADLOCKED")).expectStatus().isOk();
        states.add(read("/api/v1/talks/" + talk));
        put("/api/v1/talks/" + talk, aTalk().ongoing()).expectStatus().isOk();
        states.add(read("/api/v1/talks/" + talk));
        delete("/api/v1/talks/" + talk + "/participants/" + delegation).expectStatus().isNoContent();
        states.add(read("/api/v1/talks/" + talk));
        delete("/api/v1/talks/" + talk).expectStatus().isNoContent();

        JsonNode revisions = read("/api/v1/talks/" + talk + "/history").get("content");
        assertThat(revisions).hasSize(states.size() + 1);
        for (int i = 0; i < states.size(); i++) {
            assertThat(talkState(revisions.get(i).get("state"))).as("state after write %d", i + 1).isEqualTo(talkState(states.get(i)));
            assertThat(revisions.get(i).get("action").asString()).isEqualTo(i == 0 ? "CREATED" : "UPDATED");
        }
        JsonNode deletion = revisions.get(states.size());
        assertThat(deletion.get("action").asString()).isEqualTo("DELETED");
        assertThat(talkState(deletion.get("state"))).as("the state it was deleted in").isEqualTo(talkState(states.getLast()));
    }

    @Test
    void aRevisionNamesWhoMadeItWhenAndForWhichRequest() {
        String editor = tokenFor("EDITOR");
        Map<?, ?> created = as(editor).post().uri("/api/v1/key-issues").contentType(MediaType.APPLICATION_JSON).header("X-Request-Id", "history-test-1")
            .body(aKeyIssue("Territory")).exchange().expectStatus().isCreated().returnResult(Map.class).getResponseBody();
        String tokenId = read("/api/v1/tokens").get("content").get(0).get("id").asString();

        JsonNode revision = read("/api/v1/key-issues/" + created.get("id") + "/history").get("content").get(0);
        assertThat(revision.get("by").asString()).isEqualTo("token:editor in a test (" + tokenId + ")");
        assertThat(revision.get("requestId").asString()).isEqualTo("history-test-1");
        assertThat(Instant.parse(revision.get("at").asString())).isCloseTo(Instant.parse((String) created.get("createdAt")), within(5, ChronoUnit.SECONDS));
        assertThat(revision.get("revision").asLong()).isPositive();
    }

    @Test
    void keepsEachVersionOfAStatementsSources() {
        String statement = create("/api/v1/statements", aStatement());
        put("/api/v1/statements/" + statement, aStatement().with("sources", List.of(aSource("Reuters", null), aSource("Associated Press", "RIA Novosti"))))
            .expectStatus().isOk();

        JsonNode revisions = read("/api/v1/statements/" + statement + "/history").get("content");
        assertThat(outlets(revisions.get(0))).containsExactly("Associated Press");
        assertThat(outlets(revisions.get(1))).containsExactly("Reuters", "Associated Press");
        assertThat(revisions.get(1).get("state").get("sources").get(1).get("via").asString()).isEqualTo("RIA Novosti");
    }

    @Test
    void aDeletedRecordKeepsItsHistory() {
        String issue = create("/api/v1/key-issues", aKeyIssue("Funding"));
        delete("/api/v1/key-issues/" + issue).expectStatus().isNoContent();

        get("/api/v1/key-issues/" + issue + "/history").expectStatus().isOk().expectBody()
            .jsonPath("$.content[*].action").isEqualTo(List.of("CREATED", "DELETED"))
            .jsonPath("$.content[1].state.name").isEqualTo("Funding");
    }

    @Test
    void aRecordThatNeverExistedHasNoHistory() {
        expectProblem(get("/api/v1/talks/00000000-0000-0000-0000-000000000000/history"), 404, "not-found");
    }

    @Test
    void pagesNewestFirstWhenAsked() {
        String issue = create("/api/v1/key-issues", aKeyIssue("Territory"));
        put("/api/v1/key-issues/" + issue, aKeyIssue("Territory").with("description", "The line of contact")).expectStatus().isOk();
        put("/api/v1/key-issues/" + issue, aKeyIssue("Territory").with("description", "Donbas")).expectStatus().isOk();

        get("/api/v1/key-issues/" + issue + "/history?sort=revision,desc&size=2").expectStatus().isOk().expectBody()
            .jsonPath("$.content[*].state.description").isEqualTo(List.of("Donbas", "The line of contact"))
            .jsonPath("$.page.totalElements").isEqualTo(3);
    }

    @Test
    void aTokensHistoryNeverHoldsItsSecretOrItsHash() {
        String secret = tokenFor("VIEWER");
        String token = read("/api/v1/tokens").get("content").get(0).get("id").asString();
        http.delete().uri("/api/v1/tokens/" + token).header(HttpHeaders.IF_MATCH, "*").exchange().expectStatus().isNoContent();

        JsonNode revisions = read("/api/v1/tokens/" + token + "/history").get("content");
        assertThat(revisions).hasSize(2);
        assertThat(revisions.get(1).get("state").get("revokedBy").asString()).isEqualTo("admin-token");
        assertThat(revisions.toString()).doesNotContain("secretHash").doesNotContain(secret);
    }

    @Test
    void theChangeFeedNamesTheRevisionAndWhoMadeEachChange() {
        String issue = create("/api/v1/key-issues", aKeyIssue("Territory"));
        long revision = read("/api/v1/key-issues/" + issue + "/history").get("content").get(0).get("revision").asLong();

        get("/api/v1/changes").expectStatus().isOk().expectBody()
            .jsonPath("$.content[0].id").isEqualTo(issue)
            .jsonPath("$.content[0].revision").isEqualTo(revision)
            .jsonPath("$.content[0].changedBy").isEqualTo("admin-token");
    }

    private JsonNode read(String path) {
        return JSON.readTree(get(path).expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    private static List<String> outlets(JsonNode revision) {
        return revision.get("state").get("sources").valueStream().map(source -> source.get("outlet").asString()).toList();
    }

    /** What a talk's response and its history share: its own fields, who sat at it and where each issue stood. */
    private static Map<String, Object> talkState(JsonNode talk) {
        return Map.of(
            "fields", List.of(talk.get("title").asString(), talk.get("city").asString(), talk.get("startDate").asString(), talk.get("format").asString(),
                talk.get("status").asString(), talk.get("summary").asString(), talk.get("updatedAt").asString()),
            "participants", talk.get("participants").valueStream().map(p -> p.get("delegationId").asString() + " " + p.get("role").asString()).toList(),
            "agenda", talk.get("agenda").valueStream().map(a -> a.get("keyIssueId").asString() + " " + a.get("status").asString() + " " + a.get("note").asString())
                .toList());
    }
}
