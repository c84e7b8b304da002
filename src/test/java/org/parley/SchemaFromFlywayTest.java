package org.parley;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema comes from the Flyway migrations alone; Hibernate only validates it. */
class SchemaFromFlywayTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyMigrationRanSuccessfully() {
        List<String> versions = jdbc.queryForList(
            "select version from flyway_schema_history where success and version is not null order by installed_rank", String.class);
        assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26");
    }

    @Test
    void theTablesAreTheOnesTheMigrationsCreate() {
        List<String> tables = jdbc.queryForList(
            "select table_name from information_schema.tables where table_schema = 'public' order by table_name", String.class);
        assertThat(tables).containsExactly("api_tokens", "api_tokens_aud", "change_cursor", "changes", "country_names", "delegation_members", "delegation_members_aud",
            "delegations", "delegations_aud", "document_key_issues", "document_key_issues_aud", "document_versions", "document_versions_aud",
            "documents", "documents_aud", "flyway_schema_history", "idempotency_keys", "key_issue_aliases", "key_issue_aliases_aud",
            "key_issues", "key_issues_aud", "people", "people_aud", "person_affiliations", "person_affiliations_aud", "person_aliases",
            "person_aliases_aud", "position_evidence", "position_evidence_aud", "positions", "positions_aud", "process_parties",
            "process_parties_aud", "processes", "processes_aud", "rate_limit_buckets", "revisions", "statement_documents",
            "statement_documents_aud", "statement_key_issues", "statement_key_issues_aud", "statement_relations", "statement_relations_aud",
            "statement_sources", "statement_sources_aud", "statement_speakers", "statements", "statements_aud", "talk_agenda_changes", "talk_agenda_changes_aud",
            "talk_agenda_items", "talk_agenda_items_aud", "talk_documents", "talk_documents_aud", "talk_participant_members",
            "talk_participant_members_aud", "talk_participants", "talk_participants_aud", "talk_session_participants",
            "talk_session_participants_aud", "talk_sessions", "talk_sessions_aud", "talks", "talks_aud");
    }

    @Test
    void everyListFilterHasAnIndex() {
        List<String> indexes = jdbc.queryForList("select indexname from pg_indexes where schemaname = 'public'", String.class);
        assertThat(indexes).contains("delegations_party_idx", "key_issues_category_idx", "talks_status_idx", "talks_format_idx",
            "talks_country_idx", "talks_dates_idx", "talk_participants_delegation_idx", "talk_agenda_items_key_issue_idx",
            "statements_talk_idx", "statements_delegation_idx", "statements_kind_newest_idx", "statements_newest_idx",
            "statements_speaker_trgm_idx", "statements_speaker_key_newest_idx", "statement_speakers_spelling_trgm_idx", "statement_key_issues_newest_idx", "talks_end_date_idx",
            "delegations_name_idx", "key_issues_name_idx", "processes_name_idx", "processes_status_idx", "talks_process_idx",
            "statements_side_idx", "delegations_party_code_idx", "people_name_idx", "people_name_trgm_idx", "person_aliases_trgm_idx",
            "person_affiliations_side_idx", "statements_person_idx", "statement_relations_target_idx",
            "documents_title_idx", "documents_process_idx", "documents_kind_idx", "documents_status_idx", "documents_side_idx",
            "documents_delegation_idx", "document_key_issues_key_issue_idx", "document_versions_label_key",
            "document_versions_supersedes_idx", "document_versions_supersedes_document_idx", "talk_agenda_changes_item_idx",
            "talk_agenda_changes_key_issue_idx", "talks_start_date_idx",
            "positions_as_of_idx", "positions_side_idx", "positions_key_issue_idx", "positions_stance_idx", "position_evidence_statement_idx",
            "talk_participant_members_person_idx", "talk_sessions_talk_idx", "talk_session_participants_delegation_idx",
            "talk_documents_document_idx", "statement_documents_document_idx",
            "changes_type_idx", "changes_talk_idx", "changes_process_idx",
            "talks_updated_at_idx", "statements_updated_at_idx", "delegations_updated_at_idx", "key_issues_updated_at_idx",
            "processes_updated_at_idx", "people_updated_at_idx", "documents_updated_at_idx", "positions_updated_at_idx",
            "talks_city_idx", "talk_participants_role_idx", "statement_sources_outlet_trgm_idx", "statement_sources_via_trgm_idx",
            "statements_quote_idx",
            "statements_search_idx", "talks_search_idx", "documents_search_idx", "document_versions_search_idx", "talks_country_fold_idx",
            "people_name_fold_trgm_idx", "person_aliases_fold_trgm_idx", "key_issues_name_fold_trgm_idx", "key_issue_aliases_fold_trgm_idx");
    }
}
