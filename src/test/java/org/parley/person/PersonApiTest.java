package org.parley.person;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aMember;
import static org.parley.Fixtures.aPerson;
import static org.parley.Fixtures.aStatement;

class PersonApiTest extends ApiTest {

    private static final String MISSING = "00000000-0000-0000-0000-000000000000";

    @Test
    void recordsAPersonWithTheSpellingsOfTheirName() {
        String id = create("/api/v1/people", aPerson("Volodymyr Zelenskyy", "Zelensky", "Zelenskiy", "Зеленський"));
        get("/api/v1/people/" + id).expectStatus().isOk().expectBody()
            .jsonPath("$.name").isEqualTo("Volodymyr Zelenskyy")
            .jsonPath("$.aliases").isEqualTo(List.of("Zelensky", "Zelenskiy", "Зеленський"))
            .jsonPath("$.affiliations[0].side").isEqualTo("UKR")
            .jsonPath("$.affiliations[0].position").isEqualTo("President of Ukraine")
            .jsonPath("$.affiliations[0].from").isEqualTo("2019-05-20")
            .jsonPath("$.affiliations[0].to").isEmpty();
    }

    @Test
    void refusesASpellingGivenTwice() {
        expectProblem(post("/api/v1/people", aPerson("Kirill Dmitriev", "Dmitriyev", "DMITRIYEV")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("aliases[1]");
        expectProblem(post("/api/v1/people", aPerson("Kirill Dmitriev", "kirill dmitriev")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("aliases[0]");
    }

    @Test
    void refusesAnAffiliationEndingBeforeItBegins() {
        expectProblem(post("/api/v1/people", aPerson("Rustem Umerov").with("affiliations",
            List.of(Map.of("side", "UKR", "from", "2025-07-17", "to", "2023-09-06")))), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("affiliations[0].to");
    }

    @Test
    void findsPeopleByPartOfANameOrAlias() {
        create("/api/v1/people", aPerson("Volodymyr Zelenskyy", "Zelenskiy"));
        create("/api/v1/people", aPerson("Kirill Dmitriev", "Dmitriyev"));
        get("/api/v1/people?name=zelenskiy").expectBody().jsonPath("$.content[*].name").isEqualTo(List.of("Volodymyr Zelenskyy"));
        get("/api/v1/people?name=DMITRI").expectBody().jsonPath("$.content[*].name").isEqualTo(List.of("Kirill Dmitriev"));
    }

    @Test
    void findsPeopleByTheSideTheyServed() {
        create("/api/v1/people", aPerson("Volodymyr Zelenskyy"));
        create("/api/v1/people", aPerson("Yuri Ushakov").with("affiliations", List.of(Map.of("side", "RUS"))));
        get("/api/v1/people?side=RUS").expectBody().jsonPath("$.content[*].name").isEqualTo(List.of("Yuri Ushakov"));
    }

    @Test
    void aStatementsSpeakerFilterMatchesThePersonsAliases() {
        String zelenskyy = create("/api/v1/people", aPerson("Volodymyr Zelenskyy", "Zelenskiy"));
        create("/api/v1/statements", aStatement().by("Zelensky").with("personId", zelenskyy));
        create("/api/v1/statements", aStatement().by("Kirill Dmitriev"));
        get("/api/v1/statements?speaker=zelenskiy").expectBody().jsonPath("$.content[*].speaker").isEqualTo(List.of("Zelensky"));
        get("/api/v1/statements?personId=" + zelenskyy).expectBody().jsonPath("$.content[*].personId").isEqualTo(List.of(zelenskyy));
    }

    @Test
    void aStatementNamesAPersonThatExists() {
        expectProblem(post("/api/v1/statements", aStatement().with("personId", MISSING)), 404, "not-found")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("Person " + MISSING));
    }

    @Test
    void aDelegationMemberMayBeAPerson() {
        String umerov = create("/api/v1/people", aPerson("Rustem Umerov"));
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine")
            .withMember(aMember("Rustem Umerov").with("personId", umerov)));
        get("/api/v1/delegations/" + ukraine).expectBody().jsonPath("$.members[0].personId").isEqualTo(umerov);
        expectProblem(post("/api/v1/delegations/" + ukraine + "/members", aMember("Nobody").with("personId", MISSING)), 404, "not-found");
    }

    @Test
    void refusesToDeleteAPersonStillNamed() {
        String umerov = create("/api/v1/people", aPerson("Rustem Umerov"));
        create("/api/v1/delegations", aDelegation().withMember(aMember("Rustem Umerov").with("personId", umerov)));
        create("/api/v1/statements", aStatement().with("personId", umerov));
        expectProblem(delete("/api/v1/people/" + umerov), 409, "still-referenced")
            .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("1 delegation member").contains("1 statement"));
    }

    @Test
    void replacesAndDeletesAPerson() {
        String id = create("/api/v1/people", aPerson("Kirill Dmitriev"));
        put("/api/v1/people/" + id, aPerson("Kirill Dmitriev", "Dmitriyev")).expectStatus().isOk().expectBody()
            .jsonPath("$.aliases").isEqualTo(List.of("Dmitriyev")).jsonPath("$.version").isEqualTo(1);
        delete("/api/v1/people/" + id).expectStatus().isNoContent();
        expectProblem(get("/api/v1/people/" + id), 404, "not-found");
    }

    @Test
    void aReplacementThatChangesNothingKeepsTheVersion() {
        String id = create("/api/v1/people", aPerson("Kirill Dmitriev", "Dmitriyev"));
        put("/api/v1/people/" + id, aPerson("Kirill Dmitriev", "Dmitriyev")).expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(0);
    }
}
