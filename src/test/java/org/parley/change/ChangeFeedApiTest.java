package org.parley.change;

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
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aDocument;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aMember;
import static org.parley.Fixtures.aPerson;
import static org.parley.Fixtures.aPosition;
import static org.parley.Fixtures.aProcess;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.aVersion;
import static org.parley.Fixtures.agendaStatus;
import static org.parley.Fixtures.role;
import static org.parley.Fixtures.tabled;

/** Every write of every record is in the feed, in the order committed, with what it changed; nothing else is. */
class ChangeFeedApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void creatingATalkIsInTheFeedWithItsAddressVersionRoundAndProcess() {
        long cursor = latest();
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        String talk = create("/api/v1/talks", aTalk().of(process));
        JsonNode change = changesAfter(cursor, "").getLast();
        assertThat(change.get("resourceType").asString()).isEqualTo("TALK");
        assertThat(change.get("action").asString()).isEqualTo("CREATED");
        assertThat(change.get("id").asString()).isEqualTo(talk);
        assertThat(change.get("path").asString()).isEqualTo("/api/v1/talks/" + talk);
        assertThat(change.get("version").asLong()).isZero();
        assertThat(change.get("talkId").asString()).isEqualTo(talk);
        assertThat(change.get("processId").asString()).isEqualTo(process);
        assertThat(change.get("changedFields")).isEmpty();
        assertThat(change.get("at").asString()).isNotBlank();
        get(change.get("path").asString()).expectStatus().isOk();
    }

    @Test
    void anUpdateNamesTheFieldsItChangedAndTheNewVersion() {
        String talk = create("/api/v1/talks", aTalk());
        long cursor = latest();
        put("/api/v1/talks/" + talk, aTalk().ongoing().with("summary", "Talks resumed")).expectStatus().isOk();
        JsonNode change = single(changesAfter(cursor, ""));
        assertThat(change.get("action").asString()).isEqualTo("UPDATED");
        assertThat(strings(change.get("changedFields"))).containsExactly("status", "summary");
        assertThat(change.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aWriteThatChangesNothingIsNotAChange() {
        String talk = create("/api/v1/talks", aTalk());
        long cursor = latest();
        put("/api/v1/talks/" + talk, aTalk()).expectStatus().isOk();
        assertThat(changesAfter(cursor, "")).isEmpty();
    }

    @Test
    void aRefusedWriteLeavesNoChange() {
        String talk = create("/api/v1/talks", aTalk().concluded());
        long cursor = latest();
        put("/api/v1/talks/" + talk, aTalk().planned()).expectStatus().isEqualTo(409);
        http.put().uri("/api/v1/talks/" + talk).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"7\"")
            .body(aTalk().concluded().with("summary", "Stale")).exchange().expectStatus().isEqualTo(412);
        assertThat(changesAfter(cursor, "")).isEmpty();
        assertThat(latest()).isEqualTo(cursor);
    }

    @Test
    void deletingATalkIsInTheFeedWithTheVersionItHadLast() {
        String talk = create("/api/v1/talks", aTalk());
        put("/api/v1/talks/" + talk, aTalk().with("summary", "Revised")).expectStatus().isOk();
        long cursor = latest();
        delete("/api/v1/talks/" + talk).expectStatus().isNoContent();
        JsonNode change = single(changesAfter(cursor, ""));
        assertThat(change.get("action").asString()).isEqualTo("DELETED");
        assertThat(change.get("version").asLong()).isEqualTo(1);
        assertThat(change.get("id").asString()).isEqualTo(talk);
    }

    @Test
    void deletingARoundDeletesEachOfItsPartsInTheFeedToo() {
        String talk = create("/api/v1/talks", aTalk().ongoing());
        String delegation = create("/api/v1/delegations", aDelegation());
        String issue = create("/api/v1/key-issues", aKeyIssue("Territory"));
        put("/api/v1/talks/" + talk + "/participants/" + delegation, role("PARTY")).expectStatus().isCreated();
        put("/api/v1/talks/" + talk + "/agenda/" + issue, agendaStatus("RAISED")).expectStatus().isCreated();
        long cursor = latest();
        delete("/api/v1/talks/" + talk).expectStatus().isNoContent();
        assertThat(summaries(changesAfter(cursor, ""))).containsExactly("PARTICIPANT DELETED [] v2", "AGENDA_ITEM DELETED [] v2",
            "TALK DELETED [] v2");
    }

    @Test
    void deletingADelegationOrDocumentDeletesItsMembersOrVersionsInTheFeedToo() {
        String delegation = create("/api/v1/delegations", aDelegation().withMember(aMember("Kirill Dmitriev")));
        String document = create("/api/v1/documents", aDocument("20-point plan"));
        create("/api/v1/documents/" + document + "/versions", aVersion("First draft"));
        long cursor = latest();
        delete("/api/v1/delegations/" + delegation).expectStatus().isNoContent();
        delete("/api/v1/documents/" + document).expectStatus().isNoContent();
        assertThat(summaries(changesAfter(cursor, ""))).containsExactly("MEMBER DELETED [] v0", "DELEGATION DELETED [] v0",
            "DOCUMENT_VERSION DELETED [] v1", "DOCUMENT DELETED [] v1");
    }

    @Test
    void aFilterThatMatchesNothingStillMovesTheCursorToTheEndOfTheFeed() {
        long cursor = latest();
        for (int i = 0; i < 3; i++) {
            create("/api/v1/key-issues", aKeyIssue("Issue " + i));
        }
        JsonNode page = JSON.readTree(get("/api/v1/changes?type=PERSON&after=" + cursor).expectStatus().isOk()
            .expectBody().returnResult().getResponseBody());
        assertThat(page.get("content")).isEmpty();
        assertThat(page.get("next").asLong()).isEqualTo(cursor + 3).isEqualTo(page.get("latest").asLong());
        JsonNode full = JSON.readTree(get("/api/v1/changes?limit=2&after=" + cursor).expectBody().returnResult().getResponseBody());
        assertThat(full.get("next").asLong()).as("a full page moves to its last change only").isEqualTo(cursor + 2);
    }

    @Test
    void aSeatIsAChangeOfItsOwnAndOfTheTalksParticipants() {
        String talk = create("/api/v1/talks", aTalk());
        String delegation = create("/api/v1/delegations", aDelegation());
        long cursor = latest();
        String seat = "/api/v1/talks/" + talk + "/participants/" + delegation;
        put(seat, role("PARTY")).expectStatus().isCreated();
        put(seat, role("OBSERVER")).expectStatus().isOk();
        put(seat, role("OBSERVER")).expectStatus().isOk();
        delete(seat).expectStatus().isNoContent();
        assertThat(summaries(changesAfter(cursor, ""))).containsExactly(
            "PARTICIPANT CREATED [] v1", "TALK UPDATED [participants] v1",
            "PARTICIPANT UPDATED [role] v2", "TALK UPDATED [participants] v2",
            "PARTICIPANT DELETED [] v3", "TALK UPDATED [participants] v3");
        JsonNode created = changesAfter(cursor, "").getFirst();
        assertThat(created.get("path").asString()).isEqualTo(seat);
        assertThat(created.get("id").asString()).isEqualTo(delegation);
        assertThat(created.get("talkId").asString()).isEqualTo(talk);
    }

    @Test
    void agendaItemsSessionsAndTabledDocumentsAreChangesOfTheRound() {
        String talk = create("/api/v1/talks", aTalk().ongoing());
        String delegation = create("/api/v1/delegations", aDelegation());
        String issue = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String document = create("/api/v1/documents", aDocument("20-point plan"));
        put("/api/v1/talks/" + talk + "/participants/" + delegation, role("PARTY")).expectStatus().isCreated();
        long cursor = latest();
        put("/api/v1/talks/" + talk + "/agenda/" + issue, agendaStatus("RAISED")).expectStatus().isCreated();
        put("/api/v1/talks/" + talk + "/agenda/" + issue, agendaStatus("DISCUSSED")).expectStatus().isOk();
        String session = create("/api/v1/talks/" + talk + "/sessions", Map.of("date", "2025-12-20", "participantIds", List.of(delegation)));
        put("/api/v1/talks/" + talk + "/sessions/" + session, Map.of("date", "2025-12-21", "participantIds", List.of(delegation)))
            .expectStatus().isOk();
        delete("/api/v1/talks/" + talk + "/sessions/" + session).expectStatus().isNoContent();
        put("/api/v1/talks/" + talk + "/documents/" + document, tabled(null)).expectStatus().isCreated();
        delete("/api/v1/talks/" + talk + "/documents/" + document).expectStatus().isNoContent();
        delete("/api/v1/talks/" + talk + "/agenda/" + issue).expectStatus().isNoContent();
        List<JsonNode> changes = changesAfter(cursor, "");
        assertThat(summaries(changes)).containsExactly(
            "AGENDA_ITEM CREATED [] v2", "TALK UPDATED [agenda] v2",
            "AGENDA_ITEM UPDATED [status] v3", "TALK UPDATED [agenda] v3",
            "SESSION CREATED [] v4", "SESSION UPDATED [date] v5", "SESSION DELETED [] v6",
            "TABLED_DOCUMENT CREATED [] v7", "TABLED_DOCUMENT DELETED [] v8",
            "AGENDA_ITEM DELETED [] v9", "TALK UPDATED [agenda] v9");
        assertThat(changes).allSatisfy(change -> assertThat(change.get("talkId").asString()).isEqualTo(talk));
        assertThat(changes.get(4).get("path").asString()).isEqualTo("/api/v1/talks/" + talk + "/sessions/" + session);
    }

    @Test
    void membersAreChangesOfTheirOwnAndOfTheirDelegation() {
        long cursor = latest();
        String delegation = create("/api/v1/delegations", aDelegation().withMember(aMember("Kirill Dmitriev")));
        String member = create("/api/v1/delegations/" + delegation + "/members", aMember("Yuri Ushakov"));
        put("/api/v1/delegations/" + delegation + "/members/" + member, aMember("Yuri Ushakov").with("position", "Aide"))
            .expectStatus().isOk();
        delete("/api/v1/delegations/" + delegation + "/members/" + member).expectStatus().isNoContent();
        put("/api/v1/delegations/" + delegation, aDelegation().with("members", List.of())).expectStatus().isOk();
        assertThat(summaries(changesAfter(cursor, ""))).containsExactly(
            "DELEGATION CREATED [] v0", "MEMBER CREATED [] v0",
            "MEMBER CREATED [] v1", "DELEGATION UPDATED [members] v1",
            "MEMBER UPDATED [position] v2", "DELEGATION UPDATED [members] v2",
            "MEMBER DELETED [] v3", "DELEGATION UPDATED [members] v3",
            "DELEGATION UPDATED [members] v4", "MEMBER DELETED [] v4");
    }

    @Test
    void statementsAreFiledUnderTheirRoundAndItsProcess() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        String talk = create("/api/v1/talks", aTalk().of(process));
        long cursor = latest();
        String statement = create("/api/v1/statements", aStatement().at(talk));
        put("/api/v1/statements/" + statement, aStatement().at(talk).with("kind", "CLAIM")).expectStatus().isOk();
        delete("/api/v1/statements/" + statement).expectStatus().isNoContent();
        List<JsonNode> changes = changesAfter(cursor, "");
        assertThat(summaries(changes)).containsExactly("STATEMENT CREATED [] v0", "STATEMENT UPDATED [kind] v1", "STATEMENT DELETED [] v1");
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.get("talkId").asString()).isEqualTo(talk);
            assertThat(change.get("processId").asString()).isEqualTo(process);
        });
    }

    @Test
    void everyOtherKindOfRecordIsInTheFeed() {
        long cursor = latest();
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        String person = create("/api/v1/people", aPerson("Volodymyr Zelenskyy", "Zelensky"));
        String issue = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String document = create("/api/v1/documents", aDocument("20-point plan").of(process));
        String version = create("/api/v1/documents/" + document + "/versions", aVersion("First draft"));
        String statement = create("/api/v1/statements", aStatement());
        String position = create("/api/v1/positions", aPosition("UKR", issue, statement));
        put("/api/v1/people/" + person, aPerson("Volodymyr Zelenskyy", "Zelensky", "Zelenskiy")).expectStatus().isOk();
        delete("/api/v1/positions/" + position).expectStatus().isNoContent();
        delete("/api/v1/key-issues/" + issue).expectStatus().isNoContent();
        List<JsonNode> changes = changesAfter(cursor, "");
        assertThat(summaries(changes)).containsExactly("PROCESS CREATED [] v0", "PERSON CREATED [] v0", "KEY_ISSUE CREATED [] v0",
            "DOCUMENT CREATED [] v0", "DOCUMENT_VERSION CREATED [] v1", "DOCUMENT UPDATED [versions] v1", "STATEMENT CREATED [] v0",
            "POSITION CREATED [] v0", "PERSON UPDATED [aliases] v1", "POSITION DELETED [] v0", "KEY_ISSUE DELETED [] v0");
        assertThat(changes.get(4).get("path").asString()).isEqualTo("/api/v1/documents/" + document + "/versions/" + version);
        assertThat(changes.get(4).get("processId").asString()).isEqualTo(process);
        assertThat(changes.get(0).get("processId").asString()).isEqualTo(process);
    }

    @Test
    void sequenceNumbersFollowOneAnotherWithoutGaps() {
        long cursor = latest();
        for (int i = 0; i < 5; i++) {
            create("/api/v1/key-issues", aKeyIssue("Issue " + i));
        }
        post("/api/v1/key-issues", aKeyIssue("Issue 0")).expectStatus().isEqualTo(409);
        create("/api/v1/key-issues", aKeyIssue("Issue 5"));
        assertThat(changesAfter(cursor, "").stream().map(c -> c.get("seq").asLong()))
            .containsExactly(cursor + 1, cursor + 2, cursor + 3, cursor + 4, cursor + 5, cursor + 6);
        assertThat(latest()).isEqualTo(cursor + 6);
    }

    @Test
    void aCursorPagesThroughTheFeedWithANextLink() {
        long cursor = latest();
        for (int i = 0; i < 5; i++) {
            create("/api/v1/key-issues", aKeyIssue("Issue " + i));
        }
        JsonNode first = JSON.readTree(get("/api/v1/changes?after=" + cursor + "&limit=2").expectStatus().isOk()
            .expectHeader().valueMatches(HttpHeaders.LINK, "<http://localhost:\\d+/api/v1/changes\\?limit=2&after=" + (cursor + 2) + ">; rel=\"next\"")
            .expectBody().returnResult().getResponseBody());
        assertThat(first.get("content")).hasSize(2);
        assertThat(first.get("next").asLong()).isEqualTo(cursor + 2);
        assertThat(first.get("latest").asLong()).isEqualTo(cursor + 5);
        List<JsonNode> rest = changesAfter(first.get("next").asLong(), "&limit=10");
        assertThat(rest.stream().map(c -> c.get("seq").asLong())).containsExactly(cursor + 3, cursor + 4, cursor + 5);
        JsonNode end = JSON.readTree(get("/api/v1/changes?after=" + (cursor + 5)).expectBody().returnResult().getResponseBody());
        assertThat(end.get("content")).isEmpty();
        assertThat(end.get("next").asLong()).isEqualTo(cursor + 5);
    }

    @Test
    void filtersNarrowTheFeedAndSeveralTypesMeanAnyOfThem() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        String talk = create("/api/v1/talks", aTalk().of(process));
        String other = create("/api/v1/talks", aTalk());
        create("/api/v1/statements", aStatement().at(talk));
        create("/api/v1/statements", aStatement().at(other));
        create("/api/v1/key-issues", aKeyIssue("Territory"));
        assertThat(summaries(changesAfter(0, "&talkId=" + talk))).containsExactly("TALK CREATED [] v0", "STATEMENT CREATED [] v0");
        assertThat(summaries(changesAfter(0, "&processId=" + process)))
            .containsExactly("PROCESS CREATED [] v0", "TALK CREATED [] v0", "STATEMENT CREATED [] v0");
        assertThat(summaries(changesAfter(0, "&type=STATEMENT&type=KEY_ISSUE")))
            .containsExactly("STATEMENT CREATED [] v0", "STATEMENT CREATED [] v0", "KEY_ISSUE CREATED [] v0");
        assertThat(changesAfter(0, "&type=TALK&talkId=" + other)).hasSize(1);
    }

    @Test
    void aCursorOrLimitOutOfRangeIsRefused() {
        expectProblem(get("/api/v1/changes?after=-1"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("after");
        expectProblem(get("/api/v1/changes?limit=0"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("limit");
        expectProblem(get("/api/v1/changes?limit=1001"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("limit");
        expectProblem(get("/api/v1/changes?after=yesterday"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("after");
    }

    @Test
    void anUnknownTypeOrParameterIsRefused() {
        expectProblem(get("/api/v1/changes?type=TALKS"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("type");
        expectProblem(get("/api/v1/changes?since=4"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("since");
        expectProblem(get("/api/v1/changes?talkId=x"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("talkId");
        expectProblem(get("/api/v1/changes?after=1&after=2"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("after");
    }

    private long latest() {
        return JSON.readTree(get("/api/v1/changes?after=0&limit=1").expectStatus().isOk().expectBody().returnResult().getResponseBody())
            .get("latest").asLong();
    }

    private List<JsonNode> changesAfter(long cursor, String filters) {
        byte[] body = get("/api/v1/changes?after=" + cursor + filters).expectStatus().isOk()
            .expectHeader().contentType(MediaType.APPLICATION_JSON).expectBody().returnResult().getResponseBody();
        List<JsonNode> changes = new ArrayList<>();
        JSON.readTree(body).get("content").forEach(changes::add);
        return changes;
    }

    private static JsonNode single(List<JsonNode> changes) {
        assertThat(changes).hasSize(1);
        return changes.getFirst();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    /** "TYPE ACTION [fields] vN", in feed order. */
    private static List<String> summaries(List<JsonNode> changes) {
        return changes.stream().map(c -> "%s %s [%s] v%d".formatted(c.get("resourceType").asString(), c.get("action").asString(),
            String.join(", ", strings(c.get("changedFields"))), c.get("version").asLong())).toList();
    }
}
