package org.parley.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;
import org.parley.RequestStatementCounter;
import org.parley.database.Exports;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aDocument;
import static org.parley.Fixtures.aPosition;
import static org.parley.Fixtures.aProcess;
import static org.parley.Fixtures.aVersion;
import static org.parley.Fixtures.agendaStatus;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aSource;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.role;

/** Lists taken away whole: CSV and NDJSON with the list's filters and order, readable names beside ids. */
class ExportApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private RequestStatementCounter statementCounter;

    static final String STATEMENT_HEADER = "id,statedOn,statedOnPrecision,speaker,speakerTitle,personId,personName,delegationId,"
        + "delegationName,side,talkId,talkTitle,kind,quote,medium,language,text,keyIssueIds,keyIssueNames,documentIds,sources,sourceUrls,"
        + "version,createdAt,updatedAt";

    @Test
    void statementsAsCsvCarryNamesBesideIdsAndTheirSourcesWrittenOut() {
        String delegation = create("/api/v1/delegations", aDelegation().named("Russian delegation", "Russia").with("partyCode", "RUS"));
        String talk = create("/api/v1/talks", aTalk().with("title", "Miami consultations"));
        put("/api/v1/talks/" + talk + "/participants/" + delegation, role("PARTY")).expectStatus().isCreated();
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String funding = create("/api/v1/key-issues", aKeyIssue("Funding"));
        String id = create("/api/v1/statements", aStatement().at(talk).forDelegation(delegation).about(territory, funding)
            .with("text", "He said: \"constructive\", and left")
            .with("sources", List.of(aSource("Associated Press", "RIA Novosti"), aSource("Reuters", null))));
        List<String> lines = csv("/api/v1/statements");
        assertThat(lines.get(0)).isEqualTo(STATEMENT_HEADER);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(id + ",2025-12-20,DAY,Kirill Dmitriev,Special Presidential Representative,,,"
            + delegation + ",Russian delegation,," + talk + ",Miami consultations,ASSESSMENT,true,");
        assertThat(lines.get(1)).contains(",\"He said: \"\"constructive\"\", and left\",")
            .contains(",Funding; Territory,", ",\"Associated Press, citing RIA Novosti; Reuters\",");
    }

    @Test
    void anExportTakesTheListsFiltersAndOrder() {
        create("/api/v1/statements", aStatement().by("Older").statedOn(java.time.LocalDate.parse("2025-12-01")).kind("CLAIM"));
        create("/api/v1/statements", aStatement().by("Newer").statedOn(java.time.LocalDate.parse("2025-12-10")).kind("CLAIM"));
        create("/api/v1/statements", aStatement().by("Denial").kind("DENIAL"));
        assertThat(column(csv("/api/v1/statements?kind=CLAIM"), 3)).containsExactly("Newer", "Older");
        assertThat(column(csv("/api/v1/statements?kind=CLAIM&sort=statedOn"), 3)).containsExactly("Older", "Newer");
    }

    @Test
    void statementsAsNdjsonAreOneObjectALineWithArraysForSeveralValues() {
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        create("/api/v1/statements", aStatement().about(territory));
        create("/api/v1/statements", aStatement().by("Second"));
        ResponseSpec response = export("/api/v1/statements", "application/x-ndjson");
        response.expectHeader().contentType("application/x-ndjson")
            .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"statements.ndjson\"");
        List<JsonNode> lines = body(response).lines().map(JSON::readTree).toList();
        assertThat(lines).hasSize(2);
        JsonNode about = lines.stream().filter(line -> line.get("keyIssueNames").size() == 1).findFirst().orElseThrow();
        assertThat(about.get("keyIssueNames").get(0).asString()).isEqualTo("Territory");
        assertThat(about.get("quote").asBoolean()).isTrue();
        assertThat(about.get("personId").isNull()).isTrue();
        assertThat(lines.get(0).propertyNames()).containsExactlyElementsOf(List.of(STATEMENT_HEADER.split(",")));
    }

    @Test
    void anEmptyExportIsItsHeaderRow() {
        assertThat(csv("/api/v1/statements")).containsExactly(STATEMENT_HEADER);
    }

    @Test
    void anExportRefusesPagingAndStillAnswersProblems() {
        expectProblem(export("/api/v1/statements?page=1", "text/csv"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("page");
        expectProblem(export("/api/v1/statements?kind=WHISPER", "text/csv"), 400, "invalid-input");
        expectProblem(export("/api/v1/talks/" + java.util.UUID.randomUUID() + "/statements", "text/csv"), 404, "not-found");
    }

    @Test
    void jsonStaysTheDefaultAndIsChosenWhenPreferred() {
        create("/api/v1/statements", aStatement());
        export("/api/v1/statements", "application/json;q=0.9, text/csv;q=0.5").expectHeader().contentType("application/json")
            .expectBody().jsonPath("$.page.totalElements").isEqualTo(1);
        export("/api/v1/statements", "*/*").expectHeader().contentType("application/json");
        export("/api/v1/statements", "text/csv, application/json;q=0.5").expectHeader().contentType("text/csv;charset=UTF-8;header=present");
    }

    @Test
    void talksCarryTheirProcessSeatsAndAgendaByName() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine talks"));
        String delegation = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine").with("partyCode", "UKR"));
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String talk = create("/api/v1/talks", aTalk().of(process).with("title", "Geneva round").in("Geneva", "Switzerland"));
        put("/api/v1/talks/" + talk + "/participants/" + delegation, role("PARTY")).expectStatus().isCreated();
        put("/api/v1/talks/" + talk + "/agenda/" + territory, agendaStatus("RAISED")).expectStatus().isCreated();
        List<String> lines = csv("/api/v1/talks?country=switzerland");
        assertThat(lines.get(0)).isEqualTo("id,title,status,format,startDate,endDate,expectedWhen,city,country,venue,processId,processName,"
            + "delegationIds,participants,keyIssueIds,agenda,summary,version,createdAt,updatedAt");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(talk + ",Geneva round,PLANNED,PROXIMITY,2025-12-20,2025-12-21,,Geneva,Switzerland,Shell Bay,"
            + process + ",Russia–Ukraine talks," + delegation + ",Ukrainian delegation (PARTY)," + territory + ",Territory: RAISED,");
    }

    @Test
    void documentsCarryWhoProposedThemAndTheirVersions() {
        String delegation = create("/api/v1/delegations", aDelegation().named("US team", "United States").with("partyCode", "USA"));
        String plan = create("/api/v1/documents", aDocument("US peace plan").proposedByDelegation(delegation));
        post("/api/v1/documents/" + plan + "/versions", aVersion("28-point plan")).expectStatus().isCreated();
        post("/api/v1/documents/" + plan + "/versions", aVersion("19-point plan")).expectStatus().isCreated();
        List<String> lines = csv("/api/v1/documents");
        assertThat(lines.get(0)).isEqualTo("id,title,kind,status,proposedBySide,proposedByDelegationId,proposedByDelegationName,processId,"
            + "processName,keyIssueIds,keyIssueNames,versions,summary,version,createdAt,updatedAt");
        assertThat(lines.get(1)).startsWith(plan + ",US peace plan,PEACE_PLAN,DRAFT,USA," + delegation + ",US team,,,,,28-point plan; 19-point plan,");
    }

    @Test
    void positionsCarryTheirKeyIssueAndEvidence() {
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String statement = create("/api/v1/statements", aStatement());
        String position = create("/api/v1/positions", aPosition("RUS", territory, statement));
        List<String> lines = csv("/api/v1/positions?side=RUS");
        assertThat(lines.get(0)).isEqualTo("id,side,keyIssueId,keyIssueName,stance,asOf,summary,evidenceIds,evidence,version,createdAt,updatedAt");
        assertThat(lines.get(1)).startsWith(position + ",RUS," + territory + ",Territory,")
            .contains("," + statement + ",Kirill Dmitriev (2025-12-20),");
    }

    @Test
    void theChangeFeedExportsEveryChangeAfterTheCursor() {
        create("/api/v1/key-issues", aKeyIssue("Territory"));
        create("/api/v1/key-issues", aKeyIssue("Funding"));
        create("/api/v1/statements", aStatement());
        List<String> lines = csv("/api/v1/changes?type=KEY_ISSUE");
        assertThat(lines.get(0)).isEqualTo("seq,at,resourceType,id,action,version,changedFields,path,talkId,processId,revision,changedBy");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",KEY_ISSUE,").contains(",CREATED,").endsWith(",admin-token");
        long first = Long.parseLong(lines.get(1).split(",")[0]);
        assertThat(csv("/api/v1/changes?type=KEY_ISSUE&after=" + first)).hasSize(2);
        expectProblem(export("/api/v1/changes?limit=10", "text/csv"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("limit");
    }

    @Test
    void aLargeExportIsReadThroughOneCursorInBatchesNotLoadedWhole() {
        int rows = 3 * Exports.BATCH + 7;
        jdbc.update("""
            insert into statements (id, speaker, stated_on, text, quote, kind, version, created_at, updated_at, sources_text)
            select gen_random_uuid(), 'Speaker ' || g, date '2025-01-01' + (g % 300), 'Text ' || g, false, 'CLAIM', 0, now(), now(), 'AP'
            from generate_series(1, ?) g""", rows);
        jdbc.update("insert into statement_sources (statement_id, position, outlet) select id, 0, 'AP' from statements");
        statementCounter.clear();
        List<String> lines = csv("/api/v1/statements?sort=speaker");
        long statements = statementCounter.count();
        assertThat(lines).hasSize(rows + 1);
        assertThat(column(lines, 3)).isSortedAccordingTo(String::compareTo);
        // the limits of a long read, the cursor, and one statement a batch for the rows and their names
        assertThat(statements).isEqualTo(2 + 4);
    }

    List<String> csv(String path) {
        ResponseSpec response = export(path, "text/csv");
        String body = body(response);
        assertThat(body).endsWith("\r\n");
        return splitRecords(body);
    }

    ResponseSpec export(String path, String accept) {
        return http.get().uri(path).header(HttpHeaders.ACCEPT, accept).exchange();
    }

    static String body(ResponseSpec response) {
        byte[] bytes = response.expectStatus().isOk().expectBody().returnResult().getResponseBody();
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The records of a CSV document, a line break inside quotes staying in its record. */
    static List<String> splitRecords(String csv) {
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                records.add(current.toString());
                current.setLength(0);
                i++;
                continue;
            }
            current.append(c);
        }
        return records;
    }

    /** The values of one column of simple records (no quoted commas), header left out. */
    static List<String> column(List<String> records, int index) {
        return records.stream().skip(1).map(record -> record.split(",", -1)[index]).toList();
    }
}
