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
import static org.parley.Fixtures.aDocument;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aPerson;
import static org.parley.Fixtures.aSource;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.aVersion;
import static org.parley.Fixtures.agendaStatus;
import static org.parley.Fixtures.role;
import static org.parley.Fixtures.tabled;

class HistoryApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void reconstructsEveryEarlierStateOfATalkAfterASeriesOfEditsAndADelete() {
        String mediators = create("/api/v1/delegations", aDelegation().named("US team", "United States"));
        String russia = create("/api/v1/delegations", aDelegation().named("Russian delegation", "Russia"));
        String envoy = create("/api/v1/people", aPerson("Steve Witkoff"));
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String plan = create("/api/v1/documents", aDocument("20-point plan"));
        String draft = create("/api/v1/documents/" + plan + "/versions", aVersion("First draft"));
        String talk = create("/api/v1/talks", aTalk());
        String at = "/api/v1/talks/" + talk;
        List<Map<String, Object>> states = new ArrayList<>();
        states.add(roundAsRead(at));

        put(at, aTalk().with("title", "Miami consultations, second day").with("summary", "Talks resumed")).expectStatus().isOk();
        states.add(roundAsRead(at));
        put(at + "/participants/" + russia, role("PARTY")).expectStatus().isCreated();
        states.add(roundAsRead(at));
        put(at + "/participants/" + mediators, Map.of("role", "MEDIATOR", "members", List.of(Map.of("personId", envoy, "position", "Special Envoy",
            "head", true)))).expectStatus().isCreated();
        states.add(roundAsRead(at));
        put(at + "/agenda/" + territory, agendaStatus("RAISED")).expectStatus().isCreated();
        states.add(roundAsRead(at));
        post(at + "/sessions", Map.of("date", "2025-12-20", "participantIds", List.of(mediators, russia))).expectStatus().isCreated();
        states.add(roundAsRead(at));
        put(at + "/documents/" + plan, tabled(draft)).expectStatus().isCreated();
        states.add(roundAsRead(at));
        put(at + "/agenda/" + territory, agendaStatus("DEADLOCKED")).expectStatus().isOk();
        states.add(roundAsRead(at));
        put(at, aTalk().ongoing()).expectStatus().isOk();
        states.add(roundAsRead(at));
        delete(at + "/documents/" + plan).expectStatus().isNoContent();
        states.add(roundAsRead(at));
        delete(at).expectStatus().isNoContent();

        JsonNode revisions = read(at + "/history?size=100").get("content");
        assertThat(revisions).hasSize(states.size() + 1);
        for (int i = 0; i < states.size(); i++) {
            assertThat(roundInHistory(revisions.get(i).get("state"))).as("state after write %d", i + 1).isEqualTo(states.get(i));
            assertThat(revisions.get(i).get("action").asString()).isEqualTo(i == 0 ? "CREATED" : "UPDATED");
        }
        JsonNode deletion = revisions.get(states.size());
        assertThat(deletion.get("action").asString()).isEqualTo("DELETED");
        assertThat(roundInHistory(deletion.get("state"))).as("the state it was deleted in").isEqualTo(states.getLast());
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
    void keepsEachStateOfAStatementsSourcesKeyIssuesAndAnswers() {
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String funding = create("/api/v1/key-issues", aKeyIssue("Funding"));
        String claim = create("/api/v1/statements", aStatement());
        String statement = create("/api/v1/statements", aStatement().about(territory, funding));
        put("/api/v1/statements/" + statement, aStatement().about(funding).answering("DENIES", claim)
            .with("sources", List.of(aSource("Reuters", null), aSource("Associated Press", "RIA Novosti")))).expectStatus().isOk();
        put("/api/v1/statements/" + statement, aStatement().about(funding).with("sources", List.of(aSource("Reuters", null)))).expectStatus().isOk();

        JsonNode revisions = read("/api/v1/statements/" + statement + "/history").get("content");
        assertThat(revisions).hasSize(3);
        assertThat(outlets(revisions.get(0))).containsExactly("Associated Press");
        assertThat(outlets(revisions.get(1))).containsExactly("Reuters", "Associated Press");
        assertThat(outlets(revisions.get(2))).containsExactly("Reuters");
        assertThat(revisions.get(1).get("state").get("sources").get(1).get("via").asString()).isEqualTo("RIA Novosti");
        assertThat(ids(revisions.get(0).get("state").get("keyIssueIds"))).containsExactlyInAnyOrder(territory, funding);
        assertThat(ids(revisions.get(1).get("state").get("keyIssueIds"))).containsExactly(funding);
        assertThat(revisions.get(0).get("state").get("relations")).isEmpty();
        assertThat(revisions.get(1).get("state").get("relations").get(0).get("targetId").asString()).isEqualTo(claim);
        assertThat(revisions.get(1).get("state").get("relations").get(0).get("type").asString()).isEqualTo("DENIES");
        assertThat(revisions.get(2).get("state").get("relations")).isEmpty();
    }

    @Test
    void aDeletedStatementIsShownWithTheSourcesItWasDeletedWith() {
        String statement = create("/api/v1/statements", aStatement());
        delete("/api/v1/statements/" + statement).expectStatus().isNoContent();

        JsonNode deletion = read("/api/v1/statements/" + statement + "/history").get("content").get(1);
        assertThat(deletion.get("action").asString()).isEqualTo("DELETED");
        assertThat(outlets(deletion)).containsExactly("Associated Press");
        assertThat(deletion.get("state").get("text").asString()).isEqualTo("The discussions are proceeding constructively");
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

    @Test
    void laterPagesGoOnWhereTheFirstEnded() {
        String issue = create("/api/v1/key-issues", aKeyIssue("Territory"));
        put("/api/v1/key-issues/" + issue, aKeyIssue("Territory").with("description", "The line of contact")).expectStatus().isOk();

        get("/api/v1/key-issues/" + issue + "/history?page=1&size=1").expectStatus().isOk().expectBody()
            .jsonPath("$.content[*].state.description").isEqualTo(List.of("The line of contact"))
            .jsonPath("$.page.totalPages").isEqualTo(2);
    }

    @Test
    void aCallerWithoutCredentialsIsNotToldWhoMadeAChange() {
        String issue = create("/api/v1/key-issues", aKeyIssue("Territory"));

        anonymous.get().uri("/api/v1/key-issues/" + issue + "/history").exchange().expectStatus().isOk().expectBody()
            .jsonPath("$.content[0].state.name").isEqualTo("Territory")
            .jsonPath("$.content[0].by").isEmpty()
            .jsonPath("$.content[0].requestId").isEmpty();
        anonymous.get().uri("/api/v1/changes").exchange().expectStatus().isOk().expectBody()
            .jsonPath("$.content[0].revision").isNotEmpty()
            .jsonPath("$.content[0].changedBy").isEmpty();
        as(tokenFor("VIEWER")).get().uri("/api/v1/changes?type=KEY_ISSUE").exchange().expectStatus().isOk().expectBody()
            .jsonPath("$.content[0].changedBy").isEqualTo("admin-token");
    }

    private static List<String> ids(JsonNode ids) {
        return ids.valueStream().map(JsonNode::asString).toList();
    }

    private JsonNode read(String path) {
        return JSON.readTree(get(path).expectStatus().isOk().expectBody().returnResult().getResponseBody());
    }

    private static List<String> outlets(JsonNode revision) {
        return revision.get("state").get("sources").valueStream().map(source -> source.get("outlet").asString()).toList();
    }

    /** A round as its own reads answer it (the talk, its sessions, its table), in what they share with its history. */
    private Map<String, Object> roundAsRead(String talk) {
        JsonNode round = read(talk);
        return round(round, read(talk + "/sessions"), read(talk + "/documents"), "date", "delegationId");
    }

    private static Map<String, Object> roundInHistory(JsonNode state) {
        return round(state, state.get("sessions"), state.get("tabledDocuments"), "heldOn", null);
    }

    private static Map<String, Object> round(JsonNode talk, JsonNode sessions, JsonNode table, String sessionDate, String sessionDelegation) {
        return Map.of(
            "fields", List.of(talk.get("title").asString(), talk.get("city").asString(), talk.get("startDate").asString(), talk.get("format").asString(),
                talk.get("status").asString(), talk.get("summary").asString(), talk.get("updatedAt").asString()),
            "seats", talk.get("participants").valueStream().map(seat -> seat.get("delegationId").asString() + " " + seat.get("role").asString() + " "
                + seat.get("members").valueStream().map(m -> m.get("personId").asString() + " " + m.get("position").asString() + " " + m.get("head").asBoolean())
                    .toList()).toList(),
            "agenda", talk.get("agenda").valueStream().map(item -> item.get("keyIssueId").asString() + " " + item.get("status").asString() + " "
                + item.get("note").asString()).toList(),
            "sessions", sessions.valueStream().map(session -> session.get(sessionDate).asString() + " " + session.get("participants").valueStream()
                .map(p -> sessionDelegation == null ? p.asString() : p.get(sessionDelegation).asString()).sorted().toList()).toList(),
            "table", table.valueStream().map(tabled -> tabled.get("documentId").asString() + " " + tabled.get("versionId").asString() + " "
                + tabled.get("note").asString()).toList());
    }
}
