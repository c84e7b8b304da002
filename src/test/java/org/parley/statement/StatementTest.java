package org.parley.statement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.parley.domain.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementTest {

    // 21 December 2025, 10:00 UTC: already 22 December where the day begins first (UTC+14)
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-21T10:00:00Z"), ZoneOffset.UTC);

    private static final UUID MIAMI = UUID.randomUUID();

    private static final UUID RUSSIA = UUID.randomUUID();

    private static Statement.Content said(LocalDate on, UUID talkId, UUID delegationId, List<Source> sources) {
        return new Statement.Content("Kirill Dmitriev", null, null, delegationId, null, talkId, on, DatePrecision.DAY,
            "The discussions are proceeding constructively", true, StatementKind.ASSESSMENT, null, null, Set.of(), sources, Set.of());
    }

    private static List<Source> reportedByAp() {
        return List.of(new Source("Associated Press", null, "RIA Novosti", null, List.of("RIA Novosti")));
    }

    @Test
    void aStatementIsRecordedWithItsSources() {
        Statement statement = new Statement(said(LocalDate.of(2025, 12, 20), MIAMI, RUSSIA, reportedByAp()), Set.of(RUSSIA), CLOCK);
        assertThat(statement.getSources()).extracting(Source::outlet).containsExactly("Associated Press");
    }

    @Test
    void aStatementMayBeDatedTodayAnywhereOnEarth() {
        new Statement(said(LocalDate.of(2025, 12, 22), null, null, reportedByAp()), Set.of(), CLOCK);
    }

    @Test
    void aStatementIsNotDatedTomorrowEverywhere() {
        assertThatThrownBy(() -> new Statement(said(LocalDate.of(2025, 12, 23), null, null, reportedByAp()), Set.of(), CLOCK))
            .isInstanceOf(InvalidInput.class).hasMessageContaining("statedOn");
    }

    @Test
    void aStatementNamesASideOnlyWhenItSpeaksForNoDelegation() {
        Statement.Content both = new Statement.Content("Kirill Dmitriev", null, null, RUSSIA, "RUS", null, LocalDate.of(2025, 12, 20),
            DatePrecision.DAY, "text", true, StatementKind.ASSESSMENT, null, null, Set.of(), reportedByAp(), Set.of());
        assertThatThrownBy(() -> new Statement(both, Set.of(), CLOCK)).isInstanceOf(InvalidInput.class).hasMessageContaining("side");
    }

    @Test
    void aStatementNeedsASource() {
        assertThatThrownBy(() -> new Statement(said(LocalDate.of(2025, 12, 20), null, null, List.of()), Set.of(), CLOCK))
            .isInstanceOf(InvalidInput.class).hasMessageContaining("sources");
    }

    @Test
    void aDelegationSpeaksAtARoundOnlyIfItSitsThere() {
        assertThatThrownBy(() -> new Statement(said(LocalDate.of(2025, 12, 20), MIAMI, RUSSIA, reportedByAp()), Set.of(), CLOCK))
            .isInstanceOf(DelegationNotAtTalk.class);
    }

    @Test
    void aRevisionIsHeldToTheSameRules() {
        Statement statement = new Statement(said(LocalDate.of(2025, 12, 20), MIAMI, RUSSIA, reportedByAp()), Set.of(RUSSIA), CLOCK);
        assertThatThrownBy(() -> statement.revise(said(LocalDate.of(2025, 12, 20), MIAMI, RUSSIA, List.of()), Set.of(RUSSIA), CLOCK))
            .isInstanceOf(InvalidInput.class);
        assertThat(statement.getSources()).hasSize(1);
    }
}
