package org.parley;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

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

/** A list costs the same few SQL statements whether it shows one row or a hundred: no query per row. */
class QueryCountApiTest extends ApiTest {

    private static final int ROWS = 12;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private Statistics statistics;

    @Autowired
    private RequestStatementCounter jdbcStatements;

    private String process;

    @BeforeEach
    void fillEveryList() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        for (int i = 0; i < ROWS; i++) {
            String delegation = create("/api/v1/delegations", aDelegation().named("Delegation " + i, "Party " + i)
                .withMember(aMember("Envoy " + i)).withMember(aMember("Adviser " + i)));
            String issue = create("/api/v1/key-issues", aKeyIssue("Issue " + i));
            if (i > 0) {
                create("/api/v1/processes", aProcess("Process " + i));
            }
            String person = create("/api/v1/people", aPerson("Person " + i, "Alias " + i, "Other alias " + i));
            String talk = create("/api/v1/talks", aTalk().with("title", "Round " + i).of(process));
            put("/api/v1/talks/" + talk + "/participants/" + delegation,
                java.util.Map.of("role", "PARTY", "members", List.of(java.util.Map.of("personId", person, "head", true)))).expectStatus().isCreated();
            create("/api/v1/talks/" + talk + "/sessions", java.util.Map.of("date", "2025-12-20", "participantIds", List.of(delegation)));
            put("/api/v1/talks/" + talk + "/agenda/" + issue, agendaStatus("RAISED")).expectStatus().isCreated();
            String document = create("/api/v1/documents", aDocument("Plan " + i).of(process).about(issue).proposedByDelegation(delegation));
            create("/api/v1/documents/" + document + "/versions", aVersion("First draft"));
            String version = create("/api/v1/documents/" + document + "/versions", aVersion("Second draft"));
            put("/api/v1/talks/" + talk + "/documents/" + document, tabled(version)).expectStatus().isCreated();
            String statement = create("/api/v1/statements", aStatement().at(talk).forDelegation(delegation).about(issue).referringTo(document));
            create("/api/v1/positions", aPosition("UKR", issue, statement));
        }
    }

    @Test
    void aTalkOrAStatementIsReadInOneStatement() {
        String talk = firstId("/api/v1/talks");
        String statement = firstId("/api/v1/statements");
        assertThat(sqlFor(() -> get("/api/v1/talks/" + talk).expectStatus().isOk())).as("SQL statements for a talk").isEqualTo(1);
        assertThat(sqlFor(() -> get("/api/v1/statements/" + statement).expectStatus().isOk())).as("SQL statements for a statement")
            .isEqualTo(1);
    }

    @Test
    void aPageOfTalksOrStatementsIsThreeStatementsAtMost() {
        String talk = firstId("/api/v1/talks");
        for (String path : List.of("/api/v1/talks", "/api/v1/statements", "/api/v1/talks/" + talk + "/statements",
            "/api/v1/statements?kind=ASSESSMENT&kind=CLAIM&sort=updatedAt,desc")) {
            String paged = path + (path.contains("?") ? "&" : "?") + "size=";
            long forOne = sqlFor(() -> get(paged + 1).expectStatus().isOk());
            long forAll = sqlFor(() -> get(paged + 100).expectStatus().isOk());
            // the ids of the page, their count, and the records with all they hold
            assertThat(forOne).as("SQL statements for a page of one of %s", path).isLessThanOrEqualTo(3);
            assertThat(forAll).as("SQL statements for a page of 100 of %s", path).isLessThanOrEqualTo(forOne);
        }
    }

    @Test
    void listingTalksDoesNotQueryPerTalk() {
        assertSameStatementCount("/api/v1/talks");
    }

    @Test
    void filteringTalksBySeveralValuesDoesNotQueryPerTalk() {
        assertSameStatementCount("/api/v1/talks?status=PLANNED&status=ONGOING&role=PARTY&role=MEDIATOR&city=miami&city=geneva&processId="
            + process + "&updatedSince=2020-01-01T00:00:00Z&sort=updatedAt,desc");
    }

    @Test
    void filteringStatementsBySeveralValuesDoesNotQueryPerStatement() {
        assertSameStatementCount("/api/v1/statements?kind=ASSESSMENT&kind=CLAIM&side=RUS&side=UKR&processId=" + process
            + "&outlet=press&quote=true&updatedSince=2020-01-01T00:00:00Z&sort=updatedAt");
    }

    @Test
    void listingDelegationsDoesNotQueryPerDelegation() {
        assertSameStatementCount("/api/v1/delegations");
    }

    @Test
    void listingStatementsDoesNotQueryPerStatement() {
        assertSameStatementCount("/api/v1/statements");
    }

    @Test
    void listingKeyIssuesDoesNotQueryPerIssue() {
        assertSameStatementCount("/api/v1/key-issues");
    }

    @Test
    void listingProcessesDoesNotQueryPerProcess() {
        assertSameStatementCount("/api/v1/processes");
    }

    @Test
    void listingDocumentsDoesNotQueryPerDocument() {
        assertSameStatementCount("/api/v1/documents");
    }

    @Test
    void filteringDocumentsBySideDoesNotQueryPerDocument() {
        assertSameStatementCount("/api/v1/documents?side=RUS&processId=" + process);
    }

    @Test
    void filteringStatementsBySideOrProcessDoesNotQueryPerStatement() {
        assertSameStatementCount("/api/v1/statements?side=RUS&processId=" + process);
    }

    @Test
    void listingPeopleDoesNotQueryPerPerson() {
        assertSameStatementCount("/api/v1/people");
    }

    @Test
    void filteringStatementsBySpeakerDoesNotQueryPerStatement() {
        assertSameStatementCount("/api/v1/statements?speaker=dmitriev");
    }

    @Test
    void aCountedListOfStatementsIsTranslatedToSqlOnce() {
        // 12 statements, a page of 5: counted
        String counted = "/api/v1/statements?size=5&sort=speaker";
        get(counted).expectBody().jsonPath("$.page.totalElements").isEqualTo(ROWS);
        long translated = statistics.getQueryPlanCacheMissCount();
        get(counted).expectStatus().isOk();
        assertThat(statistics.getQueryPlanCacheMissCount()).as("queries translated again for the same list").isEqualTo(translated);
    }

    @Test
    void searchingStatementsDoesNotQueryPerStatement() {
        assertSameStatementCount("/api/v1/statements?q=discussions");
    }

    @Test
    void searchingTalksAndDocumentsDoesNotQueryPerRecord() {
        assertSameStatementCount("/api/v1/talks?q=round");
        assertSameStatementCount("/api/v1/documents?q=plan");
    }

    @Test
    void filteringStatementsByDocumentDoesNotQueryPerStatement() {
        String plan = create("/api/v1/documents", aDocument("Plan cited by all"));
        for (int i = 0; i < ROWS; i++) {
            create("/api/v1/statements", aStatement().referringTo(plan));
        }
        assertSameStatementCount("/api/v1/statements?documentId=" + plan);
    }

    @Test
    void theDocumentsOfARoundCostTheSameWhateverTheirNumber() {
        String small = create("/api/v1/talks", aTalk());
        String busy = create("/api/v1/talks", aTalk());
        for (int i = 0; i < ROWS; i++) {
            String document = create("/api/v1/documents", aDocument("Tabled plan " + i));
            String version = create("/api/v1/documents/" + document + "/versions", aVersion("Draft"));
            put("/api/v1/talks/" + busy + "/documents/" + document, tabled(version)).expectStatus().isCreated();
            if (i == 0) {
                put("/api/v1/talks/" + small + "/documents/" + document, tabled(version)).expectStatus().isCreated();
            }
        }
        long forOne = statementsFor(() -> get("/api/v1/talks/" + small + "/documents").expectStatus().isOk());
        long forMany = statementsFor(() -> get("/api/v1/talks/" + busy + "/documents").expectStatus().isOk().expectBody()
            .jsonPath("$.length()").isEqualTo(ROWS));
        assertThat(forMany).as("statements for %d documents on a round's table vs one", ROWS).isEqualTo(forOne);
        // the talk, its table, the documents' summaries and their versions' labels
        assertThat(forOne).as("statements for a round's table").isLessThanOrEqualTo(4);
    }

    @Test
    void aTimelineCostsTheSameWhateverTheNumberOfRounds() {
        String lone = create("/api/v1/key-issues", aKeyIssue("Lone issue"));
        String shared = create("/api/v1/key-issues", aKeyIssue("Shared issue"));
        String onlyRound = create("/api/v1/talks", aTalk().of(process));
        put("/api/v1/talks/" + onlyRound + "/agenda/" + lone, agendaStatus("RAISED")).expectStatus().isCreated();
        create("/api/v1/statements", aStatement().at(onlyRound).about(lone));
        for (int i = 0; i < ROWS; i++) {
            String talk = create("/api/v1/talks", aTalk().of(process));
            put("/api/v1/talks/" + talk + "/agenda/" + shared, agendaStatus("DISCUSSED")).expectStatus().isCreated();
            create("/api/v1/statements", aStatement().at(talk).about(shared));
        }
        long forOne = statementsFor(() -> get("/api/v1/key-issues/" + lone + "/timeline?processId=" + process).expectStatus().isOk());
        long forMany = statementsFor(() -> get("/api/v1/key-issues/" + shared + "/timeline?processId=" + process).expectBody()
            .jsonPath("$.rounds.length()").isEqualTo(ROWS));
        assertThat(forMany).as("statements for a timeline of %d rounds vs one", ROWS).isEqualTo(forOne);
    }

    @Test
    void aComparisonCostsTheSameWhateverTheAgenda() {
        String small = create("/api/v1/talks", aTalk());
        String earlier = create("/api/v1/talks", aTalk());
        String later = create("/api/v1/talks", aTalk());
        for (int i = 0; i < ROWS; i++) {
            String issue = create("/api/v1/key-issues", aKeyIssue("Agenda issue " + i));
            put("/api/v1/talks/" + earlier + "/agenda/" + issue, agendaStatus("RAISED")).expectStatus().isCreated();
            put("/api/v1/talks/" + later + "/agenda/" + issue, agendaStatus("DISCUSSED")).expectStatus().isCreated();
            if (i == 0) {
                put("/api/v1/talks/" + small + "/agenda/" + issue, agendaStatus("DISCUSSED")).expectStatus().isCreated();
            }
        }
        long forOne = statementsFor(() -> get("/api/v1/talks/" + small + "/comparison?with=" + earlier).expectStatus().isOk());
        long forMany = statementsFor(() -> get("/api/v1/talks/" + later + "/comparison?with=" + earlier).expectBody()
            .jsonPath("$.items.length()").isEqualTo(ROWS));
        assertThat(forMany).as("statements for a comparison of %d issues vs one", ROWS).isEqualTo(forOne);
    }

    @Test
    void listingPositionsDoesNotQueryPerPosition() {
        assertSameStatementCount("/api/v1/positions");
    }

    @Test
    void filteringPositionsDoesNotQueryPerPosition() {
        assertSameStatementCount("/api/v1/positions?side=UKR&stance=OPPOSES&from=2025-12-01&to=2025-12-31");
    }

    @Test
    void theStancesOnAKeyIssueCostTheSameWhateverTheirNumber() {
        String lone = create("/api/v1/key-issues", aKeyIssue("Lone issue"));
        String busy = create("/api/v1/key-issues", aKeyIssue("Busy issue"));
        String statement = create("/api/v1/statements", aStatement());
        String other = create("/api/v1/statements", aStatement());
        create("/api/v1/positions", aPosition("UKR", lone, statement));
        for (int i = 0; i < ROWS; i++) {
            create("/api/v1/positions", aPosition(i % 2 == 0 ? "UKR" : "RUS", busy, statement)
                .with("asOf", "2025-12-" + (10 + i)).with("evidenceStatementIds", List.of(statement, other)));
        }
        long forLone = statementsFor(() -> get("/api/v1/key-issues/" + lone + "/positions").expectStatus().isOk());
        long forBusy = statementsFor(() -> get("/api/v1/key-issues/" + busy + "/positions").expectBody()
            .jsonPath("$.sides[0].history.length()").isEqualTo(ROWS / 2)
            .jsonPath("$.sides[1].history.length()").isEqualTo(ROWS / 2));
        assertThat(forBusy).as("statements for %d positions on an issue vs 1", ROWS).isEqualTo(forLone);
    }

    @Test
    void theSessionsOfARoundCostTheSameWhateverTheirNumber() {
        String few = create("/api/v1/talks", aTalk());
        String many = create("/api/v1/talks", aTalk());
        for (int i = 0; i < ROWS; i++) {
            String delegation = create("/api/v1/delegations", aDelegation().named("Session delegation " + i, "Side " + i));
            put("/api/v1/talks/" + many + "/participants/" + delegation, role("OBSERVER")).expectStatus().isCreated();
            create("/api/v1/talks/" + many + "/sessions", java.util.Map.of("date", "2025-12-20", "participantIds", List.of(delegation)));
            if (i == 0) {
                put("/api/v1/talks/" + few + "/participants/" + delegation, role("OBSERVER")).expectStatus().isCreated();
                create("/api/v1/talks/" + few + "/sessions", java.util.Map.of("date", "2025-12-20", "participantIds", List.of(delegation)));
            }
        }
        long forOne = statementsFor(() -> get("/api/v1/talks/" + few + "/sessions").expectStatus().isOk());
        long forMany = statementsFor(() -> get("/api/v1/talks/" + many + "/sessions").expectBody().jsonPath("$.length()").isEqualTo(ROWS));
        assertThat(forMany).as("statements for %d sessions vs one", ROWS).isEqualTo(forOne);
    }

    @Test
    void aThreadCostsTheSameWhateverItsLength() {
        String lone = create("/api/v1/statements", aStatement());
        String previous = create("/api/v1/statements", aStatement());
        for (int i = 1; i < ROWS; i++) {
            previous = create("/api/v1/statements", aStatement().answering("RESPONDS_TO", previous));
        }
        String last = previous;
        long forLone = statementsFor(() -> get("/api/v1/statements/" + lone + "/thread").expectStatus().isOk());
        long forLong = statementsFor(() -> get("/api/v1/statements/" + last + "/thread").expectBody()
            .jsonPath("$.statements.length()").isEqualTo(ROWS));
        assertThat(forLong).as("statements for a thread of %d vs a thread of 1", ROWS).isEqualTo(forLone);
    }

    @Test
    void readingTheChangeFeedCostsTheSameWhateverTheNumberOfChanges() {
        for (String filters : List.of("", "&type=TALK&type=STATEMENT", "&processId=" + process)) {
            long forOne = sqlFor(() -> get("/api/v1/changes?limit=1" + filters).expectBody().jsonPath("$.content.length()").isEqualTo(1));
            long forMany = sqlFor(() -> get("/api/v1/changes?limit=1000" + filters).expectBody()
                .jsonPath("$.content.length()").value(Integer.class, n -> assertThat(n).isGreaterThan(ROWS)));
            assertThat(forMany).as("SQL statements for a thousand changes vs one, filters '%s'", filters).isEqualTo(forOne);
            // the changes and the committed end of the feed
            assertThat(forOne).as("SQL statements for a stretch of the feed").isEqualTo(2);
        }
    }

    @Test
    void aHistoryCostsTheSameWhateverTheNumberOfRevisions() {
        String fresh = create("/api/v1/talks", aTalk());
        String round = firstId("/api/v1/talks");
        for (int i = 0; i < ROWS; i++) {
            put("/api/v1/talks/" + round, aTalk().with("title", "Round, renamed " + i).of(process)).expectStatus().isOk();
        }
        long forOne = sqlFor(() -> get("/api/v1/talks/" + fresh + "/history").expectBody().jsonPath("$.content.length()").isEqualTo(1));
        long forMany = sqlFor(() -> get("/api/v1/talks/" + round + "/history?size=100").expectBody()
            .jsonPath("$.content.length()").value(Integer.class, n -> assertThat(n).isGreaterThan(ROWS)));
        assertThat(forMany).as("SQL statements for a round's many revisions vs a new round's one").isEqualTo(forOne);
        // the talk's own rows, one per part (seats, agenda, agenda changes, sessions, tabled documents) and per part of a
        // part (a seat's members, a session's delegations), and the revisions' authors
        assertThat(forOne).as("SQL statements for a history").isEqualTo(9);
    }

    private String firstId(String path) {
        return tools.jackson.databind.json.JsonMapper.builder().build()
            .readTree(get(path + "?size=1").expectStatus().isOk().expectBody().returnResult().getResponseBody())
            .get("content").get(0).get("id").asString();
    }

    private long sqlFor(Supplier<?> request) {
        jdbcStatements.clear();
        request.get();
        return jdbcStatements.count();
    }

    private void assertSameStatementCount(String path) {
        String paged = path + (path.contains("?") ? "&" : "?");
        long forOne = statementsFor(() -> get(paged + "size=1").expectStatus().isOk());
        long forFullPage = statementsFor(() -> get(paged + "size=" + ROWS).expectBody().jsonPath("$.content.length()").isEqualTo(ROWS));
        // a first page that is not full needs no count query, so the largest page may cost one statement less
        long forLargest = statementsFor(() -> get(paged + "size=100").expectBody().jsonPath("$.content.length()").isEqualTo(ROWS));
        assertThat(forFullPage).as("statements for a page of %d rows vs a page of 1", ROWS).isEqualTo(forOne);
        assertThat(forLargest).as("statements for a page of 100").isLessThanOrEqualTo(forOne);
        // the page, its count, one per collection (a talk's seats, their members and its agenda; a statement's sources, key
        // issues, answers and documents), the names from other features, and one per filter that names other features' ids
        assertThat(forOne).as("statements for one page").isLessThanOrEqualTo(8);
    }

    private long statementsFor(Supplier<?> request) {
        statistics.clear();
        request.get();
        return statistics.getPrepareStatementCount();
    }
}
