package org.parley.demo;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@ActiveProfiles("demo")
class DemoRoundApiTest extends ApiTest {

    private static final String MIAMI = "/api/v1/talks/" + DemoRound.MIAMI;

    @Autowired
    private DemoRound demoRound;

    @BeforeEach
    void loadTheDemoRound() {
        demoRound.run(null);
    }

    @Test
    void servesTheMiamiRoundWithItsParticipantsAndAgenda() {
        get(MIAMI).expectStatus().isOk().expectBody()
            .jsonPath("$.city").isEqualTo("Miami")
            .jsonPath("$.format").isEqualTo("PROXIMITY")
            .jsonPath("$.status").isEqualTo("CONCLUDED")
            .jsonPath("$.participants[*].role").value(roles -> assertThat((List<Object>) roles).containsExactlyInAnyOrder("MEDIATOR", "PARTY", "PARTY"))
            .jsonPath("$.agenda.length()").isEqualTo(6);
    }

    @Test
    void servesADozenSourcedStatementsOfTheRound() {
        get(MIAMI + "/statements?size=100").expectStatus().isOk().expectBody()
            .jsonPath("$.page.totalElements").isEqualTo(12)
            .jsonPath("$.content[*].sources[0].outlet").value(outlets -> assertThat((List<Object>) outlets).contains("Associated Press", "Politico"));
    }

    @Test
    void theDemoDataFollowsTheRulesOfTheApi() {
        get("/api/v1/statements?speaker=dmitriev").expectBody().jsonPath("$.content[0].sources[0].via").isEqualTo("RIA Novosti");
        get("/api/v1/key-issues?category=NUCLEAR_SAFETY").expectBody().jsonPath("$.content[0].name").isEqualTo("Zaporizhzhia Nuclear Power Plant");
        get("/api/v1/talks?delegationId=11111111-0000-7000-8000-000000000001").expectBody().jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void servesKyivsStanceOnTerritoryWithItsEvidence() {
        get("/api/v1/key-issues/22222222-0000-7000-8000-000000000001/positions").expectStatus().isOk().expectBody()
            .jsonPath("$.sides[*].side").isEqualTo(List.of("UKR"))
            .jsonPath("$.sides[0].current.stance").isEqualTo("OPPOSES")
            .jsonPath("$.sides[0].current.evidenceStatementIds").isEqualTo(List.of("44444444-0000-7000-8000-000000000007"));
    }

    @Test
    void loadingTwiceLeavesOneRound() {
        demoRound.run(null);
        get("/api/v1/talks").expectBody().jsonPath("$.page.totalElements").isEqualTo(1);
        get("/api/v1/statements").expectBody().jsonPath("$.page.totalElements").isEqualTo(13);
    }
}
