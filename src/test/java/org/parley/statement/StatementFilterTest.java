package org.parley.statement;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.domain.TextQuery;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round's, a key issue's and a speaker's lists take a fast path only when nothing else is asked for: every filter,
 * including one added later, keeps a list off it.
 */
class StatementFilterTest {

    private static final UUID TALK = UUID.fromString("0190a1b2-0000-7000-8000-000000000001");

    private static final UUID KEY_ISSUE = UUID.fromString("0190a1b2-0000-7000-8000-000000000002");

    static List<String> filters() {
        return Arrays.stream(StatementFilter.class.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    @ParameterizedTest
    @MethodSource("filters")
    void aRoundsListWithAnyOtherFilterIsNotTheRoundAlone(String filter) {
        if (!filter.equals("talkIds")) {
            assertThat(with("talkIds", List.of(TALK), filter).ofOneTalkAlone()).isEmpty();
        }
        assertThat(with("talkIds", List.of(TALK), null).ofOneTalkAlone()).contains(TALK);
    }

    @ParameterizedTest
    @MethodSource("filters")
    void aKeyIssuesListWithAnyOtherFilterIsNotTheKeyIssueAlone(String filter) {
        if (!filter.equals("keyIssueIds")) {
            assertThat(with("keyIssueIds", List.of(KEY_ISSUE), filter).aboutOneKeyIssueAlone()).isEmpty();
        }
        assertThat(with("keyIssueIds", List.of(KEY_ISSUE), null).aboutOneKeyIssueAlone()).contains(KEY_ISSUE);
    }

    @ParameterizedTest
    @MethodSource("filters")
    void aSpeakersListWithAnyOtherFilterIsNotTheSpeakerAlone(String filter) {
        if (!filter.equals("speaker")) {
            assertThat(with("speaker", "Lavrov", filter).spokenByAlone()).isEmpty();
        }
        assertThat(with("speaker", "Lavrov", null).spokenByAlone()).contains("%lavrov%");
    }

    /** A filter of {@code given} set to {@code value}, and of {@code other} set to a value of its type, if not null. */
    private static StatementFilter with(String given, Object value, String other) {
        RecordComponent[] components = StatementFilter.class.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(given)) {
                arguments[i] = value;
            }
            else if (components[i].getName().equals(other)) {
                arguments[i] = aValueOf(components[i]);
            }
        }
        try {
            Constructor<StatementFilter> constructor = StatementFilter.class.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(arguments);
        }
        catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static Object aValueOf(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == List.class) {
            return switch (component.getName()) {
                case "kinds" -> List.of(StatementKind.CLAIM);
                case "sides" -> List.of("UKR");
                default -> List.of(UUID.randomUUID());
            };
        }
        if (type == String.class) {
            return "Reuters";
        }
        if (type == LocalDate.class) {
            return LocalDate.parse("2025-05-16");
        }
        if (type == Boolean.class) {
            return true;
        }
        if (type == Instant.class) {
            return Instant.parse("2025-05-16T00:00:00Z");
        }
        if (type == TextQuery.class) {
            return TextQuery.of("ceasefire");
        }
        throw new IllegalStateException("no value for a filter of type " + type + ": add one here");
    }
}
