package org.parley.document;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ApiTest;
import org.parley.domain.NotFound;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.Fixtures.aDocument;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aProcess;
import static org.parley.Fixtures.aVersion;

/** What other features ask of documents through {@link DocumentService}, each answered in one query. */
class DocumentServiceApiTest extends ApiTest {

    private static final UUID MISSING = UUID.fromString("00000000-0000-0000-0000-000000000000");

    @Autowired
    private DocumentService documents;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    private Statistics statistics;

    private UUID process;

    private UUID territory;

    private UUID usPlan;

    private UUID firstVersion;

    private UUID revisedPlan;

    private UUID secondVersion;

    @BeforeEach
    void recordTwoPlans() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        process = id(create("/api/v1/processes", aProcess("Russia–Ukraine peace talks")));
        territory = id(create("/api/v1/key-issues", aKeyIssue("Territory")));
        usPlan = id(create("/api/v1/documents", aDocument("US 28-point peace plan").of(process.toString()).about(territory.toString())
            .status("PROPOSED")));
        firstVersion = id(create("/api/v1/documents/" + usPlan + "/versions", aVersion("28-point plan")));
        revisedPlan = id(create("/api/v1/documents", aDocument("20-point peace plan").about(territory.toString())));
        secondVersion = id(create("/api/v1/documents/" + revisedPlan + "/versions", aVersion("20-point plan")
            .with("supersedesVersionId", firstVersion.toString())));
    }

    @Test
    void requireAllAnswersTheSummariesOfDocumentsThatExist() {
        Map<UUID, DocumentSummary> found = inOneQuery(() -> documents.requireAll(List.of(usPlan, revisedPlan)));
        assertThat(found).containsEntry(usPlan, new DocumentSummary(usPlan, "US 28-point peace plan", DocumentKind.PEACE_PLAN,
            DocumentStatus.PROPOSED)).containsKey(revisedPlan);
    }

    @Test
    void requireAllNamesTheFirstMissingDocument() {
        assertThatThrownBy(() -> documents.requireAll(List.of(usPlan, MISSING))).isInstanceOf(NotFound.class)
            .hasMessage("Document " + MISSING + " does not exist");
    }

    @Test
    void requireVersionAnswersTheDocumentOfTheVersion() {
        assertThat(inOneQuery(() -> documents.requireVersion(usPlan, firstVersion)).title()).isEqualTo("US 28-point peace plan");
    }

    @Test
    void requireVersionRefusesAVersionOfAnotherDocument() {
        assertThatThrownBy(() -> documents.requireVersion(usPlan, secondVersion)).isInstanceOf(NotFound.class)
            .hasMessage("Version " + secondVersion + " of document " + usPlan + " does not exist");
    }

    @Test
    void requireVersionRefusesAMissingDocument() {
        assertThatThrownBy(() -> documents.requireVersion(MISSING, firstVersion)).isInstanceOf(NotFound.class)
            .hasMessage("Document " + MISSING + " does not exist");
    }

    @Test
    void summariesLeaveOutWhatDoesNotExist() {
        assertThat(inOneQuery(() -> documents.summaries(List.of(usPlan, MISSING)))).containsOnlyKeys(usPlan);
        assertThat(documents.summaries(List.of())).isEmpty();
    }

    @Test
    void coveringAnswersTheDocumentsOnAKeyIssueByTitle() {
        assertThat(inOneQuery(() -> documents.covering(territory, null))).extracting(DocumentSummary::title)
            .containsExactly("20-point peace plan", "US 28-point peace plan");
    }

    @Test
    void coveringNarrowsToAProcess() {
        assertThat(inOneQuery(() -> documents.covering(territory, process))).extracting(DocumentSummary::id).containsExactly(usPlan);
    }

    @Test
    void versionLabelsAnswersTheLabelsOfVersionsThatExist() {
        assertThat(inOneQuery(() -> documents.versionLabels(List.of(firstVersion, secondVersion, MISSING))))
            .isEqualTo(Map.of(firstVersion, "28-point plan", secondVersion, "20-point plan"));
    }

    private <T> T inOneQuery(Supplier<T> call) {
        statistics.clear();
        T result = call.get();
        assertThat(statistics.getPrepareStatementCount()).as("SQL statements").isEqualTo(1);
        return result;
    }

    private static UUID id(String id) {
        return UUID.fromString(id);
    }
}
