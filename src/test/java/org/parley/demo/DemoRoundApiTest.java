package org.parley.demo;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

// the tests load the round themselves, into tables emptied of what earlier tests left
@ActiveProfiles("demo")
@TestPropertySource(properties = "parley.demo.load-on-start=false")
class DemoRoundApiTest extends ApiTest {

    private static final String MIAMI = "/api/v1/talks/" + DemoRound.MIAMI;

    @Autowired
    private DemoRound demoRound;

    @BeforeEach
    void loadTheDemoRound() {
        demoRound.load();
    }

    @Test
    void servesTheMiamiRoundWithItsParticipantsAndAgenda() {
        get(MIAMI).expectStatus().isOk().expectBody()
            .jsonPath("$.city").isEqualTo("Miami")
            .jsonPath("$.format").isEqualTo("PROXIMITY")
            .jsonPath("$.status").isEqualTo("CONCLUDED")
            .jsonPath("$.participants[*].role").value(roles -> assertThat((List<Object>) roles).containsExactlyInAnyOrder("MEDIATOR", "PARTY", "PARTY"))
            .jsonPath("$.agenda.length()").isEqualTo(4);
    }

    @Test
    void theRoundsHistoryBeginsWithItsWholeStateAsLoaded() {
        get(MIAMI + "/history").expectStatus().isOk().expectBody()
            .jsonPath("$.content.length()").isEqualTo(1)
            .jsonPath("$.content[0].by").isEqualTo("baseline")
            .jsonPath("$.content[0].action").isEqualTo("CREATED")
            .jsonPath("$.content[0].state.participants.length()").isEqualTo(3)
            .jsonPath("$.content[0].state.agenda.length()").isEqualTo(4);
    }

    @Test
    void servesTheSourcedStatementsOfTheRound() {
        get(MIAMI + "/statements?size=100").expectStatus().isOk().expectBody()
            .jsonPath("$.page.totalElements").isEqualTo(14)
            .jsonPath("$.content[*].sources[0].outlet").value(outlets -> assertThat((List<Object>) outlets).contains("Associated Press", "Politico"));
    }

    @Test
    void theDemoDataFollowsTheRulesOfTheApi() {
        get("/api/v1/statements?speaker=dmitriev").expectBody().jsonPath("$.content[0].sources[0].via").isEqualTo("RIA Novosti");
        get("/api/v1/key-issues?category=NUCLEAR_SAFETY").expectBody().jsonPath("$.content[0].name").isEqualTo("Zaporizhzhia Nuclear Power Plant");
        get("/api/v1/talks?delegationId=11111111-0000-7000-8000-000000000001").expectBody().jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void servesTheUsPlanAndThe20PointPlanThatSupersedesIt() {
        get("/api/v1/documents/99999999-0000-7000-8000-000000000001").expectStatus().isOk().expectBody()
            .jsonPath("$.kind").isEqualTo("PEACE_PLAN")
            .jsonPath("$.status").isEqualTo("PROPOSED")
            .jsonPath("$.proposedBy.side").isEqualTo("USA")
            .jsonPath("$.versions[0].label").isEqualTo("28-point plan")
            .jsonPath("$.versions[0].date").isEqualTo("2025-11-20");
        get("/api/v1/documents/99999999-0000-7000-8000-000000000002/versions/99999999-0000-7000-8000-000000000102").expectBody()
            .jsonPath("$.label").isEqualTo("20-point plan")
            .jsonPath("$.supersedesVersionId").isEqualTo("99999999-0000-7000-8000-000000000101")
            .jsonPath("$.supersedesDocumentId").isEqualTo("99999999-0000-7000-8000-000000000001");
        get("/api/v1/documents?processId=88888888-0000-7000-8000-000000000001&keyIssueId=22222222-0000-7000-8000-000000000003")
            .expectBody().jsonPath("$.content[*].title").isEqualTo(List.of("20-point peace plan", "US 28-point peace plan",
                "US security guarantees for Ukraine"));
    }

    @Test
    void servesTheDocumentsWitkoffNamedAsTabledInMiami() {
        get("/api/v1/statements?documentId=99999999-0000-7000-8000-000000000003").expectBody()
            .jsonPath("$.content[*].speaker").isEqualTo(List.of("Steve Witkoff"));
        get(MIAMI + "/documents").expectStatus().isOk().expectBody()
            .jsonPath("$[*].title").isEqualTo(List.of("20-point peace plan", "Economic development plan for Ukraine",
                "US security guarantees for Ukraine"))
            .jsonPath("$[0].versionId").isEqualTo("99999999-0000-7000-8000-000000000102")
            .jsonPath("$[0].versionLabel").isEqualTo("20-point plan")
            .jsonPath("$[0].note").isEqualTo("One of four documents Witkoff said were discussed with Kyiv");
    }

    @Test
    void servesKyivsStanceOnTerritoryWithItsEvidence() {
        get("/api/v1/key-issues/22222222-0000-7000-8000-000000000001/positions").expectStatus().isOk().expectBody()
            .jsonPath("$.sides[*].side").isEqualTo(List.of("UKR"))
            .jsonPath("$.sides[0].current.stance").isEqualTo("OPPOSES")
            .jsonPath("$.sides[0].current.evidenceStatementIds").isEqualTo(List.of("44444444-0000-7000-8000-000000000007"));
    }

    @Test
    void loadingTwiceLeavesTheDataOnce() {
        demoRound.load();
        get("/api/v1/talks").expectBody().jsonPath("$.page.totalElements").isEqualTo(2);
        get("/api/v1/statements").expectBody().jsonPath("$.page.totalElements").isEqualTo(16);
        get("/api/v1/documents").expectBody().jsonPath("$.page.totalElements").isEqualTo(4);
    }

    @Test
    void linksZelenskyysClaimToUshakovsDenialRecordedOnce() {
        get("/api/v1/statements/44444444-0000-7000-8000-000000000003/thread").expectBody()
            .jsonPath("$.statements[*].speaker").isEqualTo(List.of("Volodymyr Zelenskyy", "Yuri Ushakov"))
            .jsonPath("$.statements[1].relations[0].type").isEqualTo("DENIES");
        get("/api/v1/statements?speaker=ushakov").expectBody().jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void followsTerritoryFromIstanbulToMiami() {
        get("/api/v1/key-issues/22222222-0000-7000-8000-000000000001/timeline").expectBody()
            .jsonPath("$.rounds[*].status").isEqualTo(List.of("DISCUSSED", "DEADLOCKED"))
            .jsonPath("$.currentStatus").isEqualTo("DEADLOCKED");
        get(MIAMI + "/comparison").expectBody()
            .jsonPath("$.withTalkId").isEqualTo("33333333-0000-7000-8000-000000000002")
            .jsonPath("$.items[?(@.name == 'Territory')].change").isEqualTo(List.of("REGRESSED"))
            .jsonPath("$.items[?(@.name == 'Prisoner exchanges')].change").isEqualTo(List.of("DROPPED"));
    }
}
