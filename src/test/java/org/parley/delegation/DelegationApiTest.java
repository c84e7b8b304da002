package org.parley.delegation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aMember;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;
import static org.parley.Fixtures.role;

class DelegationApiTest extends ApiTest {

    private static final String MISSING = "/api/v1/delegations/00000000-0000-0000-0000-000000000000";

    @Test
    void createsADelegationWithItsMembers() {
        post("/api/v1/delegations", aDelegation().named("US delegation", "United States").with("partyCode", "USA")
            .withMember(aMember("Steve Witkoff").with("head", true)).withMember(aMember("Jared Kushner")))
            .expectStatus().isCreated()
            .expectHeader().value("Location", location -> assertThat(location).contains("/api/v1/delegations/"))
            .expectBody()
            .jsonPath("$.name").isEqualTo("US delegation")
            .jsonPath("$.party").isEqualTo("United States")
            .jsonPath("$.partyCode").isEqualTo("USA")
            .jsonPath("$.members[*].fullName").isEqualTo(List.of("Steve Witkoff", "Jared Kushner"))
            .jsonPath("$.members[0].head").isEqualTo(true)
            .jsonPath("$.members[0].id").isNotEmpty()
            .jsonPath("$.version").isEqualTo(0);
    }

    @Test
    void readsADelegation() {
        String id = create("/api/v1/delegations", aDelegation());
        get("/api/v1/delegations/" + id).expectStatus().isOk().expectBody().jsonPath("$.id").isEqualTo(id).jsonPath("$.party").isEqualTo("Russia");
    }

    @Test
    void aPartyCodeIsShortAndCapitalised() {
        expectProblem(post("/api/v1/delegations", aDelegation().with("partyCode", "Russia!")), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("partyCode");
        post("/api/v1/delegations", aDelegation().named("EU delegation", "European Union").with("partyCode", "EU")).expectStatus().isCreated();
    }

    @Test
    void refusesADelegationWithoutNameOrParty() {
        expectProblem(post("/api/v1/delegations", Map.of("name", " ")), 400, "invalid-input")
            .jsonPath("$.errors[*].field").value(f -> assertThat((List<Object>) f).containsExactlyInAnyOrder("name", "party"));
    }

    @Test
    void refusesTwoHeadsInOneMemberList() {
        expectProblem(post("/api/v1/delegations", aDelegation().withMember(aMember("A").with("head", true))
            .withMember(aMember("B").with("head", true))), 409, "delegation-head-taken");
    }

    @Test
    void replacingWithoutMembersKeepsThem() {
        String id = create("/api/v1/delegations", aDelegation().withMember(aMember("Kirill Dmitriev")));
        put("/api/v1/delegations/" + id, aDelegation().with("name", "Russian negotiators"))
            .expectStatus().isOk().expectBody()
            .jsonPath("$.name").isEqualTo("Russian negotiators")
            .jsonPath("$.members[*].fullName").isEqualTo(List.of("Kirill Dmitriev"))
            .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void replacingWithMembersKeepsListedIdsAndDropsTheRest() {
        String id = create("/api/v1/delegations", aDelegation().withMember(aMember("Kirill Dmitriev")).withMember(aMember("Yuri Ushakov")));
        String dmitriev = (String) ((List<Map<String, Object>>) get("/api/v1/delegations/" + id).returnResult(Map.class)
            .getResponseBody().get("members")).stream().filter(m -> m.get("fullName").equals("Kirill Dmitriev")).findFirst().orElseThrow().get("id");
        put("/api/v1/delegations/" + id, aDelegation().withMember(aMember("Kirill Dmitriev").with("id", dmitriev).with("head", true))
            .withMember(aMember("Sergei Lavrov")))
            .expectStatus().isOk().expectBody()
            .jsonPath("$.members[*].fullName").isEqualTo(List.of("Kirill Dmitriev", "Sergei Lavrov"))
            .jsonPath("$.members[0].id").isEqualTo(dmitriev)
            .jsonPath("$.members[0].head").isEqualTo(true);
    }

    @Test
    void aMemberListNamingOneMemberTwiceIsInvalid() {
        String id = create("/api/v1/delegations", aDelegation().withMember(aMember("Kirill Dmitriev")));
        String member = (String) ((List<Map<String, Object>>) get("/api/v1/delegations/" + id).returnResult(Map.class)
            .getResponseBody().get("members")).get(0).get("id");
        expectProblem(put("/api/v1/delegations/" + id, aDelegation().withMember(aMember("Kirill Dmitriev").with("id", member))
            .withMember(aMember("K. Dmitriev").with("id", member))), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("members");
    }

    @Test
    void deletesADelegation() {
        String id = create("/api/v1/delegations", aDelegation().withMember(aMember("Kirill Dmitriev")));
        delete("/api/v1/delegations/" + id).expectStatus().isNoContent();
        expectProblem(get("/api/v1/delegations/" + id), 404, "not-found");
    }

    @Test
    void refusesToDeleteADelegationSeatedAtATalk() {
        String id = create("/api/v1/delegations", aDelegation());
        String talk = create("/api/v1/talks", aTalk());
        put("/api/v1/talks/" + talk + "/participants/" + id, role("PARTY")).expectStatus().isCreated();
        expectProblem(delete("/api/v1/delegations/" + id), 409, "still-referenced")
            .jsonPath("$.detail").value(d -> assertThat((String) d).contains("1 talk participation"));
    }

    @Test
    void refusesToDeleteADelegationThatStatementsReferTo() {
        String id = create("/api/v1/delegations", aDelegation());
        create("/api/v1/statements", aStatement().forDelegation(id));
        expectProblem(delete("/api/v1/delegations/" + id), 409, "still-referenced")
            .jsonPath("$.detail").value(d -> assertThat((String) d).contains("1 statement"));
        get("/api/v1/delegations/" + id).expectStatus().isOk();
    }

    @Test
    void anUnknownDelegationIsNotFound() {
        expectProblem(get(MISSING), 404, "not-found");
        expectProblem(put(MISSING, aDelegation()), 404, "not-found");
        expectProblem(delete(MISSING), 404, "not-found");
        expectProblem(get(MISSING + "/members"), 404, "not-found");
        expectProblem(post(MISSING + "/members", aMember("X")), 404, "not-found");
    }

    @Test
    void filtersByPartyWhateverTheCase() {
        create("/api/v1/delegations", aDelegation());
        create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        get("/api/v1/delegations?party=ukraine").expectStatus().isOk().expectBody()
            .jsonPath("$.content[*].name").isEqualTo(List.of("Ukrainian delegation"))
            .jsonPath("$.page.totalElements").isEqualTo(1);
    }

    @Test
    void listsDelegationsByNameInPages() {
        create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        create("/api/v1/delegations", aDelegation());
        get("/api/v1/delegations?size=1").expectBody()
            .jsonPath("$.content[*].name").isEqualTo(List.of("Russian delegation"))
            .jsonPath("$.page.totalPages").isEqualTo(2);
    }

    @Test
    void addsReadsReplacesAndRemovesAMember() {
        String id = create("/api/v1/delegations", aDelegation());
        String member = create("/api/v1/delegations/" + id + "/members", aMember("Kirill Dmitriev").with("head", true));
        get("/api/v1/delegations/" + id + "/members/" + member).expectStatus().isOk().expectBody()
            .jsonPath("$.fullName").isEqualTo("Kirill Dmitriev").jsonPath("$.head").isEqualTo(true);
        put("/api/v1/delegations/" + id + "/members/" + member, aMember("Kirill Dmitriev").with("position", "Special Representative"))
            .expectStatus().isOk().expectBody().jsonPath("$.position").isEqualTo("Special Representative").jsonPath("$.head").isEqualTo(false);
        get("/api/v1/delegations/" + id + "/members").expectBody().jsonPath("$.length()").isEqualTo(1);
        delete("/api/v1/delegations/" + id + "/members/" + member).expectStatus().isNoContent();
        expectProblem(get("/api/v1/delegations/" + id + "/members/" + member), 404, "not-found");
        get("/api/v1/delegations/" + id).expectBody().jsonPath("$.members").isEmpty().jsonPath("$.version").isEqualTo(3);
    }

    @Test
    void aNewMemberLocationServesIt() {
        String id = create("/api/v1/delegations", aDelegation());
        var result = post("/api/v1/delegations/" + id + "/members", aMember("Yuri Ushakov")).expectStatus().isCreated().returnResult();
        http.get().uri(result.getResponseHeaders().getLocation()).exchange().expectStatus().isOk()
            .expectBody().jsonPath("$.fullName").isEqualTo("Yuri Ushakov");
    }

    @Test
    void aSecondHeadIsAConflict() {
        String id = create("/api/v1/delegations", aDelegation().withMember(aMember("Kirill Dmitriev").with("head", true)));
        expectProblem(post("/api/v1/delegations/" + id + "/members", aMember("Yuri Ushakov").with("head", true)), 409, "delegation-head-taken");
        get("/api/v1/delegations/" + id + "/members").expectBody().jsonPath("$.length()").isEqualTo(1);
    }

    @Test
    void theHeadCanBeHandedOverInOneReplacement() {
        String id = create("/api/v1/delegations", aDelegation().withMember(aMember("Kirill Dmitriev").with("head", true)));
        List<Map<String, Object>> members = (List<Map<String, Object>>) get("/api/v1/delegations/" + id).returnResult(Map.class)
            .getResponseBody().get("members");
        put("/api/v1/delegations/" + id, aDelegation().withMember(aMember("Kirill Dmitriev").with("id", members.get(0).get("id")))
            .withMember(aMember("Vladimir Medinsky").with("head", true)))
            .expectStatus().isOk().expectBody().jsonPath("$.members[0].fullName").isEqualTo("Vladimir Medinsky");
    }

    @Test
    void aMemberOfAnotherDelegationIsNotFoundHere() {
        String russia = create("/api/v1/delegations", aDelegation());
        String ukraine = create("/api/v1/delegations", aDelegation().named("Ukrainian delegation", "Ukraine"));
        String member = create("/api/v1/delegations/" + russia + "/members", aMember("Kirill Dmitriev"));
        expectProblem(get("/api/v1/delegations/" + ukraine + "/members/" + member), 404, "not-found");
        expectProblem(delete("/api/v1/delegations/" + ukraine + "/members/" + member), 404, "not-found");
    }
}
