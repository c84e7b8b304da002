package org.parley.database;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.database.RelevanceWindow.Estimate;
import org.parley.database.RelevanceWindow.FirstLook;
import org.parley.database.RelevanceWindow.Floor;
import org.parley.database.RelevanceWindow.Recency;

import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a search looks for its newest thousand matches first, among a million statements. */
class RelevanceWindowTest {

    private static final int WINDOW = 1000;

    private static final double STATEMENTS = 1_000_000;

    private static final Floor NEWEST_1 = new Floor(LocalDate.parse("2025-09-18"), 0.01);

    private static final Floor NEWEST_4 = new Floor(LocalDate.parse("2025-08-01"), 0.04);

    private static final Floor NEWEST_10 = new Floor(LocalDate.parse("2025-05-01"), 0.10);

    private static final Floor NEWEST_25 = new Floor(LocalDate.parse("2024-11-01"), 0.25);

    private static final List<Floor> FLOORS = List.of(NEWEST_1, NEWEST_4, NEWEST_10, NEWEST_25);

    @Test
    void withoutAnEstimateTheNewestFloorIsLookedInFirstThroughTheIndexes() {
        assertThat(recency(null).firstLook(WINDOW)).contains(new FirstLook(NEWEST_1, false));
    }

    @Test
    void aWordOneStatementInTwentyHoldsIsLookedForInTheFirstFloorExpectedToHoldTheWindowWithRoomToSpare() {
        // 50,000 matches: about 500 among the newest 1 in 100, 2,000 among the newest 4
        assertThat(recency(matching(50_000)).firstLook(WINDOW)).contains(new FirstLook(NEWEST_4, false));
    }

    @Test
    void aWordHalfTheStatementsHoldIsReadNewestFirstInTheNewestFloor() {
        assertThat(recency(matching(450_000)).firstLook(WINDOW)).contains(new FirstLook(NEWEST_1, true));
    }

    @Test
    void aWordOneStatementInTenHoldsIsReadNewestFirstInTheFloorThatHoldsTheWindow() {
        assertThat(recency(matching(100_000)).firstLook(WINDOW)).contains(new FirstLook(NEWEST_4, true));
    }

    @Test
    void aRareWordsFewMatchesAreAllReadWithoutAFloor() {
        // 2,000 matches: about 500 among the newest quarter, too few for the window
        assertThat(recency(matching(2_000)).firstLook(WINDOW)).isEmpty();
    }

    @Test
    void aSmallTableHasNoFloors() {
        assertThat(new Recency(Sort.by("statedOn"), List.of(), matching(5)).firstLook(WINDOW)).isEmpty();
    }

    @Test
    void aTableNeverAnalysedHasNoEstimate() {
        assertThat(Estimate.of(5, 0)).isNull();
        assertThat(Estimate.of(-1, 10)).isNull();
    }

    private static Recency recency(Estimate estimate) {
        return new Recency(Sort.by(Sort.Order.desc("statedOn"), Sort.Order.asc("id")), FLOORS, estimate);
    }

    private static Estimate matching(double matches) {
        return Estimate.of(matches, STATEMENTS);
    }
}
