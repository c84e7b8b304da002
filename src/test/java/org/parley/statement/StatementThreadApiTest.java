package org.parley.statement;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aSource;
import static org.parley.Fixtures.aStatement;

/** Claims, the denials that answer them, and the sources that cite one another. */
class StatementThreadApiTest extends ApiTest {

    private static final String MISSING = "00000000-0000-0000-0000-000000000000";

    private String claim() {
        return create("/api/v1/statements", aStatement().by("Volodymyr Zelenskyy").forSide("UKR").kind("CLAIM").with("statedOn", "2025-12-20")
            .with("text", "Washington floated three-way talks this weekend"));
    }

    private String denial(String claim) {
        return create("/api/v1/statements", aStatement().by("Yuri Ushakov").forSide("RUS").kind("DENIAL").with("statedOn", "2025-12-21")
            .with("text", "no one has seriously discussed this initiative").answering("DENIES", claim));
    }

    @Test
    void aDenialAnswersTheClaimItDenies() {
        String claim = claim();
        String denial = denial(claim);
        get("/api/v1/statements/" + denial).expectBody()
            .jsonPath("$.relations[0].type").isEqualTo("DENIES")
            .jsonPath("$.relations[0].statementId").isEqualTo(claim);
    }

    @Test
    void theThreadHoldsTheClaimAndEverythingAnsweringItInDateOrder() {
        String claim = claim();
        String denial = denial(claim);
        String clarification = create("/api/v1/statements", aStatement().by("Dmitry Peskov").forSide("RUS").kind("ASSESSMENT")
            .with("statedOn", "2025-12-22").answering("CLARIFIES", denial));
        create("/api/v1/statements", aStatement().by("Unrelated").with("statedOn", "2025-12-21"));
        for (String member : List.of(claim, denial, clarification)) {
            get("/api/v1/statements/" + member + "/thread").expectStatus().isOk().expectBody()
                .jsonPath("$.statements[*].id").isEqualTo(List.of(claim, denial, clarification));
        }
    }

    @Test
    void aStatementAloneIsAThreadOfOne() {
        String claim = claim();
        get("/api/v1/statements/" + claim + "/thread").expectBody().jsonPath("$.statements[*].id").isEqualTo(List.of(claim));
    }

    @Test
    void theThreadOfAMissingStatementIsNotFound() {
        expectProblem(get("/api/v1/statements/" + MISSING + "/thread"), 404, "not-found");
    }

    @Test
    void aStatementCannotAnswerOneMadeAfterIt() {
        String denial = denial(claim());
        expectProblem(post("/api/v1/statements", aStatement().with("statedOn", "2025-12-20").answering("RESPONDS_TO", denial)),
            409, "answer-to-later-statement");
    }

    @Test
    void anAnsweredStatementCannotMoveAfterItsAnswer() {
        String claim = claim();
        denial(claim);
        expectProblem(put("/api/v1/statements/" + claim, aStatement().by("Volodymyr Zelenskyy").forSide("UKR").with("statedOn", "2025-12-22")),
            409, "answer-to-later-statement");
    }

    @Test
    void aStatementCannotAnswerItself() {
        String claim = claim();
        expectProblem(put("/api/v1/statements/" + claim, aStatement().with("statedOn", "2025-12-20").answering("CLARIFIES", claim)),
            409, "thread-loop");
    }

    @Test
    void answersCannotLoop() {
        String first = create("/api/v1/statements", aStatement().with("statedOn", "2025-12-21"));
        String second = create("/api/v1/statements", aStatement().with("statedOn", "2025-12-21").answering("RESPONDS_TO", first));
        String third = create("/api/v1/statements", aStatement().with("statedOn", "2025-12-21").answering("CONTRADICTS", second));
        expectProblem(put("/api/v1/statements/" + first, aStatement().with("statedOn", "2025-12-21").answering("CONFIRMS", third)),
            409, "thread-loop").jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(third));
    }

    @Test
    void aStatementAnswersOnlyStatementsThatExist() {
        expectProblem(post("/api/v1/statements", aStatement().answering("DENIES", MISSING)), 404, "not-found");
    }

    @Test
    void aStatementAnswersAnotherOnce() {
        String claim = claim();
        expectProblem(post("/api/v1/statements", aStatement().with("relations",
            List.of(Map.of("type", "DENIES", "statementId", claim), Map.of("type", "CONTRADICTS", "statementId", claim)))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("relations[1].statementId");
    }

    @Test
    void anAnsweredStatementIsNotDeleted() {
        String claim = claim();
        String denial = denial(claim);
        expectProblem(delete("/api/v1/statements/" + claim), 409, "still-referenced");
        delete("/api/v1/statements/" + denial).expectStatus().isNoContent();
        delete("/api/v1/statements/" + claim).expectStatus().isNoContent();
    }

    @Test
    void aSourceCitesAChainWrittenOutAsVia() {
        String id = create("/api/v1/statements", aStatement().with("sources",
            List.of(Map.of("outlet", "Kyiv Independent", "citing", List.of("Associated Press", "RIA Novosti")))));
        get("/api/v1/statements/" + id).expectBody()
            .jsonPath("$.sources[0].citing").isEqualTo(List.of("Associated Press", "RIA Novosti"))
            .jsonPath("$.sources[0].via").isEqualTo("Associated Press, citing RIA Novosti");
    }

    @Test
    void aLoneViaIsAChainOfOne() {
        String id = create("/api/v1/statements", aStatement().with("sources", List.of(aSource("Associated Press", "RIA Novosti"))));
        get("/api/v1/statements/" + id).expectBody().jsonPath("$.sources[0].citing").isEqualTo(List.of("RIA Novosti"));
    }

    @Test
    void aViaThatDisagreesWithTheChainIsRefused() {
        expectProblem(post("/api/v1/statements", aStatement().with("sources",
            List.of(Map.of("outlet", "Kyiv Independent", "via", "Reuters", "citing", List.of("Associated Press"))))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("sources[0].via");
    }

    @Test
    void recordsHowExactlyTheDayIsKnownWhereAndInWhichLanguage() {
        String id = create("/api/v1/statements", aStatement().with("statedOnPrecision", "WEEK").with("medium", "TELEGRAM").with("language", "uk"));
        get("/api/v1/statements/" + id).expectBody()
            .jsonPath("$.statedOnPrecision").isEqualTo("WEEK")
            .jsonPath("$.medium").isEqualTo("TELEGRAM")
            .jsonPath("$.language").isEqualTo("uk");
        get("/api/v1/statements/" + create("/api/v1/statements", aStatement())).expectBody()
            .jsonPath("$.statedOnPrecision").isEqualTo("DAY").jsonPath("$.medium").isEmpty();
    }

    @Test
    void refusesALanguageThatIsNoTag() {
        expectProblem(post("/api/v1/statements", aStatement().with("language", "Ukrainian language")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("language");
    }
}
