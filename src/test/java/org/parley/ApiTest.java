package org.parley;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

/**
 * Base of the tests that drive Parley over real HTTP against PostgreSQL. Every test starts from empty
 * tables, so each one states all the data it relies on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.jpa.properties.hibernate.generate_statistics=true",
    "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
    "parley.access.admin-token=" + ApiTest.ADMIN_TOKEN,
    // the tests make requests faster than any caller may; RateLimitApiTest turns the limits on
    "parley.rate-limits.enabled=false" })
@AutoConfigureRestTestClient
@Import({ TestDatabase.class, RequestStatementCounter.class })
public abstract class ApiTest {

    /** The admin token the tests run with; an API token of any role comes from {@link #tokenFor}. */
    public static final String ADMIN_TOKEN = "parley_test_admin_token_0123456789abcdefghijklmnopqrstuvwxyz";

    /** A client that sends no credentials. */
    @Autowired
    protected RestTestClient anonymous;

    /** A client with the admin token: the tests of what a resource does need not be about who may do it. */
    protected RestTestClient http;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private PlatformTransactionManager transactions;

    private static final String AUDIT_TABLES = Stream.of("position_evidence", "positions", "statement_relations", "statements", "statement_sources",
            "statement_key_issues", "talk_agenda_changes", "talk_agenda_items", "talk_participant_members", "talk_session_participants", "talk_sessions",
            "talk_participants", "talks", "document_versions", "document_key_issues", "documents", "delegation_members", "delegations", "key_issue_aliases",
            "key_issues", "process_parties", "processes", "person_aliases", "person_affiliations", "people", "talk_documents", "statement_documents", "api_tokens")
        .map(table -> table + "_aud").collect(Collectors.joining(", "));

    @BeforeEach
    void startFromEmptyTables() {
        http = as(ADMIN_TOKEN);
        // the service's one-second statement limit is for requests; emptying every table may take longer on a busy machine
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            jdbc.execute("set local statement_timeout = '60s'");
            jdbc.execute("truncate position_evidence, positions, statement_relations, statements, statement_sources, statement_key_issues, "
                + "talk_agenda_changes, talk_agenda_items, talk_participant_members, talk_session_participants, talk_sessions, talk_participants, talks, document_versions, document_key_issues, documents, "
                + "delegation_members, delegations, key_issue_aliases, key_issues, process_parties, processes, person_aliases, person_affiliations, people, "
                + "talk_documents, statement_documents, statement_speakers, changes, api_tokens, idempotency_keys, rate_limit_buckets, revisions, "
                + AUDIT_TABLES);
        });
    }

    /** A client that sends the given bearer token. */
    protected RestTestClient as(String token) {
        return anonymous.mutate().defaultHeaders(headers -> headers.setBearerAuth(token)).build();
    }

    /** Makes an API token of the given role and answers its secret. */
    protected String tokenFor(String role) {
        Map<?, ?> created = post("/api/v1/tokens", Map.of("name", role.toLowerCase() + " in a test", "role", role))
            .expectStatus().isCreated().returnResult(Map.class).getResponseBody();
        return (String) created.get("token");
    }

    protected ResponseSpec post(String path, Object body) {
        return http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }

    /** A replacement that overwrites whatever is current ({@code If-Match: *}); conditional writes are tested on their own. */
    protected ResponseSpec put(String path, Object body) {
        return http.put().uri(path).contentType(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_MATCH, "*").body(body).exchange();
    }

    protected ResponseSpec get(String path, Object... uriVariables) {
        return http.get().uri(path, uriVariables).exchange();
    }

    /** A deletion of whatever is current ({@code If-Match: *}). */
    protected ResponseSpec delete(String path) {
        return http.delete().uri(path).header(HttpHeaders.IF_MATCH, "*").exchange();
    }

    /** Creates a resource and answers its id. */
    protected String create(String path, Object body) {
        Map<?, ?> created = post(path, body).expectStatus().isCreated().returnResult(Map.class).getResponseBody();
        return (String) created.get("id");
    }

    /** Asserts that the answer is a problem of the given status and type. */
    protected static RestTestClient.BodyContentSpec expectProblem(ResponseSpec response, int status, String type) {
        return response.expectStatus().isEqualTo(status)
            .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.status").isEqualTo(status)
            .jsonPath("$.type").isEqualTo("/problems/" + type)
            .jsonPath("$.title").isNotEmpty()
            .jsonPath("$.detail").isNotEmpty();
    }
}
