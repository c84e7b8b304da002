package org.parley.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aMember;
import static org.parley.Fixtures.aSource;
import static org.parley.Fixtures.aStatement;
import static org.parley.Fixtures.aTalk;

/** PATCH takes a JSON Merge Patch (RFC 7396) and goes through the same checks as PUT. */
class MergePatchApiTest extends ApiTest {

    private ResponseSpec patch(String path, String json) {
        return http.patch().uri(path).contentType(MediaType.valueOf("application/merge-patch+json")).header(HttpHeaders.IF_MATCH, "*")
            .body(json).exchange();
    }

    @Test
    void changesOnlyTheNamedFields() {
        String id = create("/api/v1/talks", aTalk());
        patch("/api/v1/talks/" + id, "{\"venue\": \"Shell Bay Club\", \"status\": \"ONGOING\"}")
            .expectStatus().isOk().expectBody()
            .jsonPath("$.venue").isEqualTo("Shell Bay Club")
            .jsonPath("$.status").isEqualTo("ONGOING")
            .jsonPath("$.title").isEqualTo("Miami consultations")
            .jsonPath("$.version").isEqualTo(1);
    }

    @Test
    void aNullRemovesAnOptionalField() {
        String id = create("/api/v1/talks", aTalk());
        patch("/api/v1/talks/" + id, "{\"venue\": null}").expectStatus().isOk().expectBody().jsonPath("$.venue").doesNotExist();
    }

    @Test
    void aNullOnARequiredFieldIsInvalid() {
        String id = create("/api/v1/talks", aTalk());
        expectProblem(patch("/api/v1/talks/" + id, "{\"title\": null}"), 400, "invalid-input").jsonPath("$.errors[0].field").isEqualTo("title");
    }

    @Test
    void theRulesOfAReplacementApply() {
        String id = create("/api/v1/talks", aTalk().concluded());
        expectProblem(patch("/api/v1/talks/" + id, "{\"status\": \"PLANNED\"}"), 409, "illegal-status-transition");
        expectProblem(patch("/api/v1/talks/" + id, "{\"endDate\": \"2025-12-01\"}"), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("endDate");
    }

    @Test
    void unknownPropertiesAndWrongTypesAreRefused() {
        String id = create("/api/v1/talks", aTalk());
        expectProblem(patch("/api/v1/talks/" + id, "{\"startdate\": \"2025-12-20\"}"), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("startdate");
        expectProblem(patch("/api/v1/talks/" + id, "{\"format\": \"QUADRILATERAL\"}"), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("format");
        expectProblem(patch("/api/v1/talks/" + id, "[]"), 400, "invalid-input");
        expectProblem(patch("/api/v1/talks/" + id, "{\"title\": "), 400, "malformed-json");
    }

    @Test
    void aPatchMustSayItIsAMergePatch() {
        String id = create("/api/v1/talks", aTalk());
        expectProblem(http.patch().uri("/api/v1/talks/" + id).contentType(MediaType.APPLICATION_JSON).body("{}").exchange(), 415,
            "unsupported-media-type");
    }

    @Test
    void patchesADelegationKeepingItsMembers() {
        String id = create("/api/v1/delegations", aDelegation().withMember(aMember("Kirill Dmitriev")));
        patch("/api/v1/delegations/" + id, "{\"partyCode\": null, \"name\": \"Russian negotiators\"}")
            .expectStatus().isOk().expectBody()
            .jsonPath("$.name").isEqualTo("Russian negotiators")
            .jsonPath("$.partyCode").doesNotExist()
            .jsonPath("$.members[0].fullName").isEqualTo("Kirill Dmitriev");
    }

    @Test
    void patchesAKeyIssueUnderTheNameRule() {
        create("/api/v1/key-issues", aKeyIssue("Territory"));
        String funding = create("/api/v1/key-issues", aKeyIssue("Funding"));
        patch("/api/v1/key-issues/" + funding, "{\"category\": \"ECONOMIC\"}").expectStatus().isOk().expectBody()
            .jsonPath("$.category").isEqualTo("ECONOMIC").jsonPath("$.name").isEqualTo("Funding");
        expectProblem(patch("/api/v1/key-issues/" + funding, "{\"name\": \"territory\"}"), 409, "duplicate-key-issue");
    }

    @Test
    void patchesAStatementReplacingItsSourcesWhole() {
        String id = create("/api/v1/statements", aStatement());
        Map<String, Object> politico = new HashMap<>(aSource("Politico", null));
        patch("/api/v1/statements/" + id, "{\"sources\": [{\"outlet\": \"Politico\"}], \"quote\": false}")
            .expectStatus().isOk().expectBody()
            .jsonPath("$.sources[*].outlet").isEqualTo(List.of(politico.get("outlet")))
            .jsonPath("$.quote").isEqualTo(false)
            .jsonPath("$.speaker").isEqualTo("Kirill Dmitriev");
        expectProblem(patch("/api/v1/statements/" + id, "{\"sources\": []}"), 400, "invalid-input")
            .jsonPath("$.errors[0].field").isEqualTo("sources");
    }

    @Test
    void anUnknownResourceIsNotFound() {
        expectProblem(patch("/api/v1/talks/00000000-0000-0000-0000-000000000000", "{}"), 404, "not-found");
    }
}
