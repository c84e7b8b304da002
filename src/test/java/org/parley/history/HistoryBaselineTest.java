package org.parley.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ApiTest;
import org.parley.SecondInstance;
import org.parley.TestDatabase;

import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that held records before history was kept: the migration that starts keeping it gives each
 * record a first revision, so that no record is without one.
 */
class HistoryBaselineTest {

    private static final String ISSUE = "0193f1c2-5a6b-7c8d-9e0f-1a2b3c4d5e6f";

    private static final String DELEGATION = "0193f1c2-5a6b-7c8d-9e0f-1a2b3c4d5e70";

    private TestDatabase.Server database;

    @BeforeEach
    void migrateANewDatabaseUpToTheVersionBeforeHistory() throws SQLException {
        TestDatabase.Server server = TestDatabase.server();
        database = new TestDatabase.Server(server.host(), server.port(), server.database() + "_before_history", server.username(), server.password());
        execute(server, "drop database if exists " + database.database() + " with (force)");
        execute(server, "create database " + database.database());
        flyway().target("20").load().migrate();
    }

    @AfterEach
    void dropIt() throws SQLException {
        execute(TestDatabase.server(), "drop database if exists " + database.database() + " with (force)");
    }

    @Test
    void recordsThatExistedBeforeHistoryBeginItWithTheirWholeState() throws SQLException {
        execute(database, """
            insert into key_issues (id, name, category, description, version, created_at, updated_at)
            values ('%s', 'Territory', 'TERRITORY', 'Who holds which land', 3, now(), now());
            insert into key_issue_aliases (key_issue_id, ordinal, alias) values ('%1$s', 0, 'Donbas'), ('%1$s', 1, 'Line of contact');
            insert into delegations (id, name, party, party_code, version, created_at, updated_at)
            values ('%s', 'US team', 'United States', 'USA', 0, now(), now());
            insert into delegation_members (id, delegation_id, full_name, position, head)
            values (gen_random_uuid(), '%2$s', 'Steve Witkoff', 'Special Envoy', true);
            """.formatted(ISSUE, DELEGATION));
        flyway().load().migrate();

        try (SecondInstance parley = SecondInstance.on(database)) {
            RestTestClient admin = RestTestClient.bindToServer().baseUrl(parley.url())
                .defaultHeaders(headers -> headers.setBearerAuth(ApiTest.ADMIN_TOKEN)).build();
            admin.get().uri("/api/v1/key-issues/" + ISSUE + "/history").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.content.length()").isEqualTo(1)
                .jsonPath("$.content[0].action").isEqualTo("CREATED")
                .jsonPath("$.content[0].by").isEqualTo("baseline")
                .jsonPath("$.content[0].state.name").isEqualTo("Territory")
                .jsonPath("$.content[0].state.aliases").isEqualTo(List.of("Donbas", "Line of contact"));
            admin.get().uri("/api/v1/delegations/" + DELEGATION + "/history").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.content.length()").isEqualTo(1)
                .jsonPath("$.content[0].state.members[0].fullName").isEqualTo("Steve Witkoff")
                .jsonPath("$.content[0].state.members[0].head").isEqualTo(true);
        }
    }

    @Test
    void aBaselineGivesNothingASecondFirstRevision() throws SQLException {
        execute(database, """
            insert into key_issues (id, name, category, version, created_at, updated_at) values ('%s', 'Funding', 'ECONOMIC', 0, now(), now())
            """.formatted(ISSUE));
        flyway().load().migrate();

        try (Connection connection = DriverManager.getConnection(database.getJdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            ResultSet again = statement.executeQuery("select parley_history_baseline('baseline')");
            again.next();
            assertThat(again.getObject(1)).as("the revision of a second baseline").isNull();
            ResultSet revisions = statement.executeQuery("select count(*) from revisions");
            revisions.next();
            assertThat(revisions.getLong(1)).isEqualTo(1);
        }
    }

    private FluentConfiguration flyway() {
        return Flyway.configure().dataSource(database.getJdbcUrl(), database.username(), database.password());
    }

    private static void execute(TestDatabase.Server server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.getJdbcUrl(), server.username(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
