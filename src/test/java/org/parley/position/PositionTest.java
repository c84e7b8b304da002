package org.parley.position;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.parley.domain.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PositionTest {

    // 21 December 2025, 10:00 UTC: already 22 December where the day begins first (UTC+14)
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-12-21T10:00:00Z"), ZoneOffset.UTC);

    private static final UUID TERRITORY = UUID.randomUUID();

    private static final UUID HARDEST_QUESTIONS = UUID.randomUUID();

    private static final UUID NO_BREAKTHROUGH = UUID.randomUUID();

    private static Position.Details held(LocalDate asOf, List<UUID> evidence) {
        return new Position.Details("UKR", TERRITORY, Stance.OPPOSES, "Opposes ceding territory", asOf, evidence);
    }

    @Test
    void aPositionIsRecordedWithItsEvidence() {
        Position position = new Position(held(LocalDate.of(2025, 12, 20), List.of(HARDEST_QUESTIONS, NO_BREAKTHROUGH)), CLOCK);
        assertThat(position.getEvidenceStatementIds()).containsExactlyInAnyOrder(HARDEST_QUESTIONS, NO_BREAKTHROUGH);
        assertThat(position.getStance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void aPositionMayBeHeldTodayAnywhereOnEarth() {
        new Position(held(LocalDate.of(2025, 12, 22), List.of(HARDEST_QUESTIONS)), CLOCK);
    }

    @Test
    void aPositionIsNotHeldTomorrowEverywhere() {
        assertThatThrownBy(() -> new Position(held(LocalDate.of(2025, 12, 23), List.of(HARDEST_QUESTIONS)), CLOCK))
            .isInstanceOf(InvalidInput.class).hasMessageContaining("asOf");
    }

    @Test
    void aPositionNeedsEvidence() {
        assertThatThrownBy(() -> new Position(held(LocalDate.of(2025, 12, 20), List.of()), CLOCK))
            .isInstanceOf(InvalidInput.class).hasMessageStartingWith("evidenceStatementIds:");
    }

    @Test
    void aPositionCitesEachStatementOnce() {
        assertThatThrownBy(() -> new Position(held(LocalDate.of(2025, 12, 20), List.of(HARDEST_QUESTIONS, NO_BREAKTHROUGH, HARDEST_QUESTIONS)), CLOCK))
            .isInstanceOf(InvalidInput.class).hasMessageStartingWith("evidenceStatementIds[2]:");
    }

    @Test
    void aPositionCitesAtMostFiftyStatements() {
        List<UUID> evidence = Stream.generate(UUID::randomUUID).limit(Position.MAX_EVIDENCE + 1).toList();
        assertThatThrownBy(() -> new Position(held(LocalDate.of(2025, 12, 20), evidence), CLOCK))
            .isInstanceOf(InvalidInput.class).hasMessageStartingWith("evidenceStatementIds:");
    }

    @Test
    void aRevisionIsHeldToTheSameRules() {
        Position position = new Position(held(LocalDate.of(2025, 12, 20), List.of(HARDEST_QUESTIONS)), CLOCK);
        assertThatThrownBy(() -> position.describe(held(LocalDate.of(2025, 12, 20), List.of()), CLOCK)).isInstanceOf(InvalidInput.class);
        assertThat(position.getEvidenceStatementIds()).containsExactly(HARDEST_QUESTIONS);
    }

    @Test
    void aRevisionReplacesTheEvidenceWhole() {
        Position position = new Position(held(LocalDate.of(2025, 12, 20), List.of(HARDEST_QUESTIONS)), CLOCK);
        position.describe(held(LocalDate.of(2025, 12, 21), List.of(NO_BREAKTHROUGH)), CLOCK);
        assertThat(position.getEvidenceStatementIds()).containsExactly(NO_BREAKTHROUGH);
        assertThat(position.getAsOf()).isEqualTo(LocalDate.of(2025, 12, 21));
    }
}
