package org.parley.document;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aDocument;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aProcess;
import static org.parley.Fixtures.aVersion;

class DocumentApiTest extends ApiTest {

    private static final String DOCUMENTS = "/api/v1/documents";

    private static final String MISSING = "00000000-0000-0000-0000-000000000000";

    @Autowired
    private JdbcTemplate jdbc;

    // creating and reading

    @Test
    void createsAndReadsADocument() {
        String id = create(DOCUMENTS, aDocument("US 28-point peace plan").proposedBySide("USA"));
        get(DOCUMENTS + "/" + id).expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"0\"").expectBody()
            .jsonPath("$.title").isEqualTo("US 28-point peace plan")
            .jsonPath("$.kind").isEqualTo("PEACE_PLAN")
            .jsonPath("$.proposedBy.side").isEqualTo("USA")
            .jsonPath("$.proposedBy.delegationId").isEmpty()
            .jsonPath("$.processId").isEmpty()
            .jsonPath("$.keyIssueIds").isEmpty()
            .jsonPath("$.summary").isEqualTo("A US draft for ending the war")
            .jsonPath("$.versions").isEmpty()
            .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void aNewDocumentIsADraftUnlessToldOtherwise() {
        String id = create(DOCUMENTS, aDocument("Draft framework"));
        get(DOCUMENTS + "/" + id).expectBody().jsonPath("$.status").isEqualTo("DRAFT");
    }

    @Test
    void aDocumentMayBeRecordedInAnyStatus() {
        String id = create(DOCUMENTS, aDocument("Minsk II").with("kind", "CEASEFIRE").status("SIGNED"));
        get(DOCUMENTS + "/" + id).expectBody().jsonPath("$.status").isEqualTo("SIGNED");
    }

    @Test
    void creatingAnswersTheDocumentsAddress() {
        var created = post(DOCUMENTS, aDocument("US 28-point peace plan")).expectStatus().isCreated().returnResult(Map.class);
        assertThat(created.getResponseHeaders().getLocation().getPath()).isEqualTo(DOCUMENTS + "/" + created.getResponseBody().get("id"));
    }

    @Test
    void aDocumentNeedsATitle() {
        expectProblem(post(DOCUMENTS, aDocument(" ")), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("title");
    }

    @Test
    void aTitleHoldsAtMost300Characters() {
        expectProblem(post(DOCUMENTS, aDocument("x".repeat(301))), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("title");
    }

    @Test
    void aDocumentNeedsAKind() {
        expectProblem(post(DOCUMENTS, aDocument("Plan").without("kind")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("kind");
    }

    @Test
    void refusesAnUnknownKind() {
        expectProblem(post(DOCUMENTS, aDocument("Plan").with("kind", "TREATY")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("kind")
            .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("SECURITY_GUARANTEES"));
    }

    @Test
    void refusesAnUnknownStatus() {
        expectProblem(post(DOCUMENTS, aDocument("Plan").status("RATIFIED")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("status");
    }

    @Test
    void aSummaryHoldsAtMost10000Characters() {
        expectProblem(post(DOCUMENTS, aDocument("Plan").with("summary", "x".repeat(10_001))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("summary");
    }

    @Test
    void refusesAProposingSideThatIsNoCode() {
        expectProblem(post(DOCUMENTS, aDocument("Plan").proposedBySide("United States")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("proposedBy.side");
    }

    @Test
    void isProposedByASideOrADelegationButNotBoth() {
        String us = create("/api/v1/delegations", aDelegation().named("US negotiating team", "United States").with("partyCode", "USA"));
        expectProblem(post(DOCUMENTS, aDocument("Plan").with("proposedBy", Map.of("side", "USA", "delegationId", us))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("proposedBy");
    }

    @Test
    void recordsTheProposingDelegation() {
        String us = create("/api/v1/delegations", aDelegation().named("US negotiating team", "United States").with("partyCode", "USA"));
        String id = create(DOCUMENTS, aDocument("Plan").proposedByDelegation(us));
        get(DOCUMENTS + "/" + id).expectBody().jsonPath("$.proposedBy.delegationId").isEqualTo(us).jsonPath("$.proposedBy.side").isEmpty();
    }

    @Test
    void aProposingDelegationMustExist() {
        expectProblem(post(DOCUMENTS, aDocument("Plan").proposedByDelegation(MISSING)), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Delegation " + MISSING + " does not exist");
    }

    @Test
    void recordsTheProcessAndKeyIssues() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String id = create(DOCUMENTS, aDocument("Plan").of(process).about(territory, territory));
        get(DOCUMENTS + "/" + id).expectBody().jsonPath("$.processId").isEqualTo(process).jsonPath("$.keyIssueIds").isEqualTo(List.of(territory));
    }

    @Test
    void theProcessMustExist() {
        expectProblem(post(DOCUMENTS, aDocument("Plan").of(MISSING)), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Process " + MISSING + " does not exist");
    }

    @Test
    void everyKeyIssueMustExist() {
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        expectProblem(post(DOCUMENTS, aDocument("Plan").about(territory, MISSING)), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Key issue " + MISSING + " does not exist");
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        String path = DOCUMENTS + "/" + MISSING;
        expectProblem(get(path), 404, "not-found").jsonPath("$.detail").isEqualTo("Document " + MISSING + " does not exist");
        expectProblem(put(path, aDocument("Plan")), 404, "not-found");
        expectProblem(patch(path, Map.of("title", "Plan"), "*"), 404, "not-found");
        expectProblem(delete(path), 404, "not-found");
        expectProblem(post(path + "/versions", aVersion("28-point plan")), 404, "not-found");
        expectProblem(get(path + "/versions/" + MISSING), 404, "not-found");
    }

    // replacing, patching and the status

    @Test
    void replacingChangesTheDetailsAndMovesTheVersion() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        put(DOCUMENTS + "/" + id, aDocument("US 28-point peace plan").proposedBySide("USA")).expectStatus().isOk()
            .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"").expectBody()
            .jsonPath("$.title").isEqualTo("US 28-point peace plan")
            .jsonPath("$.proposedBy.side").isEqualTo("USA")
            .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void aReplacementThatChangesNothingKeepsTheVersion() {
        String id = create(DOCUMENTS, aDocument("Plan").proposedBySide("USA"));
        put(DOCUMENTS + "/" + id, aDocument("Plan").proposedBySide("USA")).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void replacingMovesTheStatusAlongAnAllowedTransition() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        put(DOCUMENTS + "/" + id, aDocument("Plan").status("PROPOSED")).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PROPOSED");
    }

    @Test
    void replacingKeepsTheStatusWhenLeftOut() {
        String id = create(DOCUMENTS, aDocument("Plan").status("UNDER_DISCUSSION"));
        put(DOCUMENTS + "/" + id, aDocument("Plan, revised")).expectStatus().isOk().expectBody()
            .jsonPath("$.status").isEqualTo("UNDER_DISCUSSION").jsonPath("$.title").isEqualTo("Plan, revised");
    }

    @Test
    void refusesAnIllegalStatusTransition() {
        String id = create(DOCUMENTS, aDocument("Plan").status("REJECTED"));
        expectProblem(put(DOCUMENTS + "/" + id, aDocument("Plan").status("PROPOSED")), 409, "illegal-document-transition")
            .jsonPath("$.detail").isEqualTo("Document " + id + " cannot move from REJECTED to PROPOSED; REJECTED is final");
        get(DOCUMENTS + "/" + id).expectBody().jsonPath("$.status").isEqualTo("REJECTED").jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void aPatchChangesOnlyTheFieldsItNames() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        String id = create(DOCUMENTS, aDocument("Plan").of(process).proposedBySide("USA"));
        patch(DOCUMENTS + "/" + id, Map.of("status", "PROPOSED"), "\"0\"").expectStatus().isOk().expectBody()
            .jsonPath("$.status").isEqualTo("PROPOSED")
            .jsonPath("$.title").isEqualTo("Plan")
            .jsonPath("$.processId").isEqualTo(process)
            .jsonPath("$.proposedBy.side").isEqualTo("USA");
    }

    @Test
    void aPatchIsHeldToTheStatusTransitions() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        expectProblem(patch(DOCUMENTS + "/" + id, Map.of("status", "SIGNED"), "*"), 409, "illegal-document-transition");
    }

    @Test
    void aPatchNamingADelegationWhereASideWasIsRefusedUnlessItRemovesTheSide() {
        String us = create("/api/v1/delegations", aDelegation().named("US negotiating team", "United States").with("partyCode", "USA"));
        String id = create(DOCUMENTS, aDocument("Plan").proposedBySide("USA"));
        expectProblem(patch(DOCUMENTS + "/" + id, Map.of("proposedBy", Map.of("delegationId", us)), "*"), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("proposedBy");
        Map<String, Object> bySide = new java.util.HashMap<>();
        bySide.put("side", null);
        bySide.put("delegationId", us);
        patch(DOCUMENTS + "/" + id, Map.of("proposedBy", bySide), "*").expectStatus().isOk().expectBody()
            .jsonPath("$.proposedBy.delegationId").isEqualTo(us).jsonPath("$.proposedBy.side").isEmpty();
    }

    // conditional writes

    @Test
    void aReplacementPatchOrDeletionWithoutIfMatchIsRefused() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        expectProblem(http.put().uri(DOCUMENTS + "/" + id).contentType(MediaType.APPLICATION_JSON).body(aDocument("Unseen")).exchange(),
            428, "precondition-required");
        expectProblem(http.patch().uri(DOCUMENTS + "/" + id).contentType(MediaType.valueOf("application/merge-patch+json"))
            .body(Map.of("title", "Unseen")).exchange(), 428, "precondition-required");
        expectProblem(http.delete().uri(DOCUMENTS + "/" + id).exchange(), 428, "precondition-required");
        get(DOCUMENTS + "/" + id).expectBody().jsonPath("$.title").isEqualTo("Plan");
    }

    @Test
    void aReplacementPatchOrDeletionBasedOnAStaleReadIsRefused() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        patch(DOCUMENTS + "/" + id, Map.of("title", "Plan, revised"), "\"0\"").expectStatus().isOk();
        expectProblem(http.put().uri(DOCUMENTS + "/" + id).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "\"0\"")
            .body(aDocument("Stale")).exchange(), 412, "precondition-failed")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).startsWith("Document " + id + " is at version 1, not 0"));
        expectProblem(patch(DOCUMENTS + "/" + id, Map.of("title", "Stale"), "\"0\""), 412, "precondition-failed");
        expectProblem(http.delete().uri(DOCUMENTS + "/" + id).header(HttpHeaders.IF_MATCH, "\"0\"").exchange(), 412, "precondition-failed");
        get(DOCUMENTS + "/" + id).expectBody().jsonPath("$.title").isEqualTo("Plan, revised");
    }

    // versions

    @Test
    void recordsAVersionAndAnswersItsAddress() {
        String id = create(DOCUMENTS, aDocument("US 28-point peace plan"));
        var created = post(DOCUMENTS + "/" + id + "/versions", aVersion("28-point plan")).expectStatus().isCreated()
            .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
            .returnResult(Map.class);
        String version = (String) created.getResponseBody().get("id");
        assertThat(created.getResponseHeaders().getLocation().getPath()).isEqualTo(DOCUMENTS + "/" + id + "/versions/" + version);
        assertThat(created.getResponseBody()).containsEntry("label", "28-point plan").containsEntry("date", "2025-11-20")
            .containsEntry("url", "https://example.org/documents/peace-plan").containsEntry("supersedesVersionId", null)
            .doesNotContainKey("version");
        get(created.getResponseHeaders().getLocation().getPath()).expectStatus().isOk()
            .expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"").expectBody()
            .jsonPath("$.label").isEqualTo("28-point plan")
            .jsonPath("$.summary").isEqualTo("As first reported")
            .jsonPath("$.recordedAt").isNotEmpty();
    }

    @Test
    void addingAVersionMovesTheDocumentsVersionByOne() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        create(DOCUMENTS + "/" + id + "/versions", aVersion("First draft"));
        create(DOCUMENTS + "/" + id + "/versions", aVersion("Second draft"));
        get(DOCUMENTS + "/" + id).expectBody().jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void aVersionMayBeAddedWithoutIfMatch() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        http.post().uri(DOCUMENTS + "/" + id + "/versions").contentType(MediaType.APPLICATION_JSON).body(aVersion("First draft")).exchange()
            .expectStatus().isCreated();
    }

    @Test
    void aVersionAddedWithTheCurrentETagGoesAhead() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        addVersion(id, aVersion("First draft"), "\"0\"").expectStatus().isCreated();
    }

    @Test
    void aVersionAddedWithAStaleETagIsRefused() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        create(DOCUMENTS + "/" + id + "/versions", aVersion("First draft"));
        expectProblem(addVersion(id, aVersion("Second draft"), "\"0\""), 412, "precondition-failed");
        get(DOCUMENTS + "/" + id).expectBody().jsonPath("$.versions.length()").isEqualTo(1);
    }

    @Test
    void versionsAreListedOldestFirst() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        create(DOCUMENTS + "/" + id + "/versions", aVersion("28-point plan"));
        create(DOCUMENTS + "/" + id + "/versions", aVersion("19-point plan").with("date", "2025-11-23"));
        create(DOCUMENTS + "/" + id + "/versions", aVersion("20-point plan").with("date", null));
        get(DOCUMENTS + "/" + id).expectBody()
            .jsonPath("$.versions[*].label").isEqualTo(List.of("28-point plan", "19-point plan", "20-point plan"))
            .jsonPath("$.versions[0].version").doesNotExist();
    }

    @Test
    void aLabelIsUniqueWithinItsDocumentWhateverTheCase() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        create(DOCUMENTS + "/" + id + "/versions", aVersion("28-point plan"));
        expectProblem(post(DOCUMENTS + "/" + id + "/versions", aVersion(" 28-POINT plan ")), 409, "duplicate-version-label")
            .jsonPath("$.detail").isEqualTo("Document " + id + " already has a version labelled '28-POINT plan' "
                + "(labels are compared without regard to case)");
    }

    @Test
    void anotherDocumentMayUseTheSameLabel() {
        String plan = create(DOCUMENTS, aDocument("Plan"));
        String counterProposal = create(DOCUMENTS, aDocument("Counter-proposal"));
        create(DOCUMENTS + "/" + plan + "/versions", aVersion("First draft"));
        post(DOCUMENTS + "/" + counterProposal + "/versions", aVersion("First draft")).expectStatus().isCreated();
    }

    @Test
    void aVersionNeedsALabel() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        expectProblem(post(DOCUMENTS + "/" + id + "/versions", aVersion("  ")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("label");
    }

    @Test
    void aLabelHoldsAtMost100Characters() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        expectProblem(post(DOCUMENTS + "/" + id + "/versions", aVersion("x".repeat(101))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("label");
    }

    @Test
    void aVersionUrlIsHttpOrHttps() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        expectProblem(post(DOCUMENTS + "/" + id + "/versions", aVersion("Draft").with("url", "ftp://example.org/plan")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("url");
    }

    @Test
    void aVersionDateIsADay() {
        String id = create(DOCUMENTS, aDocument("Plan"));
        expectProblem(post(DOCUMENTS + "/" + id + "/versions", aVersion("Draft").with("date", "20 November")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("date");
    }

    @Test
    void aVersionMaySupersedeAVersionOfAnotherDocument() {
        String usPlan = create(DOCUMENTS, aDocument("US 28-point peace plan"));
        String first = create(DOCUMENTS + "/" + usPlan + "/versions", aVersion("28-point plan"));
        String revised = create(DOCUMENTS, aDocument("20-point peace plan"));
        String second = create(DOCUMENTS + "/" + revised + "/versions", aVersion("20-point plan").with("supersedesVersionId", first));
        get(DOCUMENTS + "/" + revised + "/versions/" + second).expectBody()
            .jsonPath("$.supersedesVersionId").isEqualTo(first)
            .jsonPath("$.supersedesDocumentId").isEqualTo(usPlan);
    }

    @Test
    void aVersionMaySupersedeAnEarlierVersionOfItsDocument() {
        String plan = create(DOCUMENTS, aDocument("Plan"));
        String first = create(DOCUMENTS + "/" + plan + "/versions", aVersion("28-point plan"));
        create(DOCUMENTS + "/" + plan + "/versions", aVersion("19-point plan").with("supersedesVersionId", first));
        get(DOCUMENTS + "/" + plan).expectBody()
            .jsonPath("$.versions[1].supersedesVersionId").isEqualTo(first)
            .jsonPath("$.versions[1].supersedesDocumentId").isEqualTo(plan);
    }

    @Test
    void aSupersededVersionMustExist() {
        String plan = create(DOCUMENTS, aDocument("Plan"));
        expectProblem(post(DOCUMENTS + "/" + plan + "/versions", aVersion("Draft").with("supersedesVersionId", MISSING)), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Document version " + MISSING + " does not exist");
        get(DOCUMENTS + "/" + plan).expectBody().jsonPath("$.versions").isEmpty().jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void aVersionIsFoundOnlyUnderItsOwnDocument() {
        String plan = create(DOCUMENTS, aDocument("Plan"));
        String other = create(DOCUMENTS, aDocument("Counter-proposal"));
        String version = create(DOCUMENTS + "/" + plan + "/versions", aVersion("Draft"));
        expectProblem(get(DOCUMENTS + "/" + other + "/versions/" + version), 404, "not-found")
            .jsonPath("$.detail").isEqualTo("Version " + version + " of document " + other + " does not exist");
    }

    @Test
    void aRecordedVersionIsUnchangedByAReplacementThatSendsAlteredVersions() {
        String plan = create(DOCUMENTS, aDocument("Plan"));
        String version = create(DOCUMENTS + "/" + plan + "/versions", aVersion("28-point plan"));
        Map<?, ?> read = get(DOCUMENTS + "/" + plan).returnResult(Map.class).getResponseBody();
        Map<String, Object> altered = new java.util.LinkedHashMap<>(aDocument("Plan, revised"));
        altered.put("versions", List.of(Map.of("id", version, "label", "Rewritten", "date", "2020-01-01", "summary", "Rewritten")));
        altered.put("id", read.get("id"));
        altered.put("version", read.get("version"));
        put(DOCUMENTS + "/" + plan, altered).expectStatus().isOk().expectBody()
            .jsonPath("$.title").isEqualTo("Plan, revised")
            .jsonPath("$.versions.length()").isEqualTo(1)
            .jsonPath("$.versions[0].label").isEqualTo("28-point plan");
        get(DOCUMENTS + "/" + plan + "/versions/" + version).expectBody()
            .jsonPath("$.label").isEqualTo("28-point plan")
            .jsonPath("$.date").isEqualTo("2025-11-20")
            .jsonPath("$.summary").isEqualTo("As first reported");
    }

    @Test
    void aReplacementWithoutVersionsKeepsThem() {
        String plan = create(DOCUMENTS, aDocument("Plan"));
        create(DOCUMENTS + "/" + plan + "/versions", aVersion("28-point plan"));
        put(DOCUMENTS + "/" + plan, aDocument("Plan, revised")).expectStatus().isOk().expectBody()
            .jsonPath("$.versions[*].label").isEqualTo(List.of("28-point plan"));
    }

    @Test
    void aVersionCannotBeReplacedPatchedOrDeleted() {
        String plan = create(DOCUMENTS, aDocument("Plan"));
        String version = create(DOCUMENTS + "/" + plan + "/versions", aVersion("28-point plan"));
        String path = DOCUMENTS + "/" + plan + "/versions/" + version;
        expectProblem(put(path, aVersion("Rewritten")), 405, "method-not-allowed");
        expectProblem(patch(path, Map.of("label", "Rewritten"), "*"), 405, "method-not-allowed");
        expectProblem(delete(path), 405, "method-not-allowed");
        get(path).expectBody().jsonPath("$.label").isEqualTo("28-point plan");
    }

    @Test
    void theDatabaseRefusesToRewriteAVersion() {
        String plan = create(DOCUMENTS, aDocument("Plan"));
        String version = create(DOCUMENTS + "/" + plan + "/versions", aVersion("28-point plan"));
        assertThatThrownBy(() -> jdbc.update("update document_versions set label = 'Rewritten' where id = ?", UUID.fromString(version)))
            .isInstanceOf(DataAccessException.class).hasMessageContaining("never rewritten");
        get(DOCUMENTS + "/" + plan + "/versions/" + version).expectBody().jsonPath("$.label").isEqualTo("28-point plan");
    }

    @Test
    void aDocumentHoldsAtMostAHundredVersions() {
        String plan = create(DOCUMENTS, aDocument("Plan"));
        for (int i = 0; i < Document.MAX_VERSIONS; i++) {
            jdbc.update("insert into document_versions (id, document_id, label, recorded_at) values (?, ?, ?, now())",
                UUID.randomUUID(), UUID.fromString(plan), "Draft " + i);
        }
        expectProblem(post(DOCUMENTS + "/" + plan + "/versions", aVersion("One too many")), 409, "document-versions-full")
            .jsonPath("$.detail").isEqualTo("Document " + plan + " already has 100 versions, as many as a document can");
    }

    // lists

    @Test
    void listsByTitleByDefault() {
        create(DOCUMENTS, aDocument("Minsk II"));
        create(DOCUMENTS, aDocument("Istanbul communiqué"));
        create(DOCUMENTS, aDocument("US 28-point peace plan"));
        get(DOCUMENTS).expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Istanbul communiqué", "Minsk II", "US 28-point peace plan"));
    }

    @Test
    void sortsByCreation() {
        create(DOCUMENTS, aDocument("Minsk II"));
        create(DOCUMENTS, aDocument("Istanbul communiqué"));
        get(DOCUMENTS + "?sort=createdAt,desc").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Istanbul communiqué", "Minsk II"));
    }

    @Test
    void refusesToSortByAnotherProperty() {
        expectProblem(get(DOCUMENTS + "?sort=status"), 400, "invalid-input");
    }

    @Test
    void filtersByProcess() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        create(DOCUMENTS, aDocument("US 28-point peace plan").of(process));
        create(DOCUMENTS, aDocument("Minsk II"));
        get(DOCUMENTS + "?processId=" + process).expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("US 28-point peace plan"));
    }

    @Test
    void filtersByKind() {
        create(DOCUMENTS, aDocument("US 28-point peace plan"));
        create(DOCUMENTS, aDocument("Minsk II").with("kind", "CEASEFIRE"));
        get(DOCUMENTS + "?kind=CEASEFIRE").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Minsk II"));
    }

    @Test
    void filtersByStatus() {
        create(DOCUMENTS, aDocument("US 28-point peace plan").status("PROPOSED"));
        create(DOCUMENTS, aDocument("Minsk II").status("SIGNED"));
        get(DOCUMENTS + "?status=SIGNED").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Minsk II"));
    }

    @Test
    void filtersByKeyIssue() {
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String plant = create("/api/v1/key-issues", aKeyIssue("Zaporizhzhia Nuclear Power Plant").with("category", "NUCLEAR_SAFETY"));
        create(DOCUMENTS, aDocument("US 28-point peace plan").about(territory, plant));
        create(DOCUMENTS, aDocument("Energy truce").about(plant));
        get(DOCUMENTS + "?keyIssueId=" + territory).expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("US 28-point peace plan"));
    }

    @Test
    void filtersByTheSideNamedAsProposer() {
        create(DOCUMENTS, aDocument("US 28-point peace plan").proposedBySide("USA"));
        create(DOCUMENTS, aDocument("European counter-proposal").proposedBySide("EU"));
        create(DOCUMENTS, aDocument("Unattributed draft"));
        get(DOCUMENTS + "?side=USA").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("US 28-point peace plan"));
    }

    @Test
    void filtersBySideAlsoByThePartyCodeOfTheProposingDelegation() {
        String us = create("/api/v1/delegations", aDelegation().named("US negotiating team", "United States").with("partyCode", "USA"));
        String russia = create("/api/v1/delegations", aDelegation());
        create(DOCUMENTS, aDocument("US 28-point peace plan").proposedBySide("USA"));
        create(DOCUMENTS, aDocument("Miami draft").proposedByDelegation(us));
        create(DOCUMENTS, aDocument("Russian memorandum").with("kind", "MEMORANDUM").proposedByDelegation(russia));
        get(DOCUMENTS + "?side=USA").expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("Miami draft", "US 28-point peace plan"));
    }

    @Test
    void refusesASideFilterThatIsNoCode() {
        expectProblem(get(DOCUMENTS + "?side=usa"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("side");
    }

    @Test
    void combinesFilters() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        create(DOCUMENTS, aDocument("US 28-point peace plan").of(process).status("PROPOSED"));
        create(DOCUMENTS, aDocument("Draft annex").of(process));
        create(DOCUMENTS, aDocument("Minsk II").status("PROPOSED"));
        get(DOCUMENTS + "?processId=" + process + "&status=PROPOSED&kind=PEACE_PLAN").expectBody()
            .jsonPath("$.content[*].title").isEqualTo(List.of("US 28-point peace plan"));
    }

    // deleting

    @Test
    void deletesADocumentWithItsVersions() {
        String plan = create(DOCUMENTS, aDocument("Plan"));
        String version = create(DOCUMENTS + "/" + plan + "/versions", aVersion("28-point plan"));
        delete(DOCUMENTS + "/" + plan).expectStatus().isNoContent();
        expectProblem(get(DOCUMENTS + "/" + plan), 404, "not-found");
        assertThat(jdbc.queryForObject("select count(*) from document_versions where id = ?", Long.class, UUID.fromString(version))).isZero();
    }

    @Test
    void deletesADocumentWhoseVersionsSupersedeEachOther() {
        String plan = create(DOCUMENTS, aDocument("Plan"));
        String first = create(DOCUMENTS + "/" + plan + "/versions", aVersion("28-point plan"));
        String second = create(DOCUMENTS + "/" + plan + "/versions", aVersion("19-point plan").with("supersedesVersionId", first));
        create(DOCUMENTS + "/" + plan + "/versions", aVersion("20-point plan").with("supersedesVersionId", second));
        delete(DOCUMENTS + "/" + plan).expectStatus().isNoContent();
    }

    @Test
    void refusesToDeleteADocumentWhileAnotherDocumentsVersionSupersedesOneOfItsVersions() {
        String usPlan = create(DOCUMENTS, aDocument("US 28-point peace plan"));
        String first = create(DOCUMENTS + "/" + usPlan + "/versions", aVersion("28-point plan"));
        String revised = create(DOCUMENTS, aDocument("20-point peace plan"));
        create(DOCUMENTS + "/" + revised + "/versions", aVersion("20-point plan").with("supersedesVersionId", first));
        expectProblem(delete(DOCUMENTS + "/" + usPlan), 409, "still-referenced")
            .jsonPath("$.detail").isEqualTo("Document " + usPlan + " is still referenced by 1 version of another document that supersedes "
                + "one of its versions; remove those first");
        get(DOCUMENTS + "/" + usPlan).expectStatus().isOk();
    }

    @Test
    void aSupersededDocumentCanBeDeletedOnceTheSupersedingOneIsGone() {
        String usPlan = create(DOCUMENTS, aDocument("US 28-point peace plan"));
        String first = create(DOCUMENTS + "/" + usPlan + "/versions", aVersion("28-point plan"));
        String revised = create(DOCUMENTS, aDocument("20-point peace plan"));
        create(DOCUMENTS + "/" + revised + "/versions", aVersion("20-point plan").with("supersedesVersionId", first));
        delete(DOCUMENTS + "/" + revised).expectStatus().isNoContent();
        delete(DOCUMENTS + "/" + usPlan).expectStatus().isNoContent();
    }

    // what other features may not delete while a document refers to it

    @Test
    void refusesToDeleteAProcessThatADocumentBelongsTo() {
        String process = create("/api/v1/processes", aProcess("Russia–Ukraine peace talks"));
        create(DOCUMENTS, aDocument("Plan").of(process));
        expectProblem(delete("/api/v1/processes/" + process), 409, "still-referenced")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("1 document"));
    }

    @Test
    void refusesToDeleteAKeyIssueThatADocumentDealsWith() {
        String territory = create("/api/v1/key-issues", aKeyIssue("Territory"));
        create(DOCUMENTS, aDocument("Plan").about(territory));
        expectProblem(delete("/api/v1/key-issues/" + territory), 409, "still-referenced")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("1 document"));
    }

    @Test
    void refusesToDeleteADelegationThatProposedADocument() {
        String us = create("/api/v1/delegations", aDelegation().named("US negotiating team", "United States").with("partyCode", "USA"));
        create(DOCUMENTS, aDocument("Plan").proposedByDelegation(us));
        expectProblem(delete("/api/v1/delegations/" + us), 409, "still-referenced")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("1 document it proposed"));
    }

    private ResponseSpec patch(String path, Object body, String ifMatch) {
        return http.patch().uri(path).contentType(MediaType.valueOf("application/merge-patch+json")).header(HttpHeaders.IF_MATCH, ifMatch)
            .body(body).exchange();
    }

    private ResponseSpec addVersion(String document, Object body, String ifMatch) {
        return http.post().uri(DOCUMENTS + "/" + document + "/versions").contentType(MediaType.APPLICATION_JSON)
            .header(HttpHeaders.IF_MATCH, ifMatch).body(body).exchange();
    }
}
