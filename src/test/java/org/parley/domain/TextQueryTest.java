package org.parley.domain;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Web-search syntax becomes a well-formed to_tsquery of quoted words, whatever was typed. */
class TextQueryTest {

    @Test
    void wordsMustAllOccur() {
        assertThat(TextQuery.parse("Energy truce", "q").toTsQuery()).isEqualTo("('energy' & 'truce')");
    }

    @Test
    void quotedWordsOccurInOrderOrTakesEitherAndAMinusExcludes() {
        assertThat(TextQuery.parse("\"security guarantees\" -nato or ceasefire", "q").toTsQuery())
            .isEqualTo("(('security' <-> 'guarantees') & !'nato') | ('ceasefire')");
    }

    @Test
    void operatorsAndPunctuationAreOnlySeparators() {
        assertThat(TextQuery.parse("a & | ! b'); drop table x; --", "q").toTsQuery())
            .isEqualTo("('a' & 'b' & 'drop' & 'table' & 'x')");
        assertThat(TextQuery.parse("\"unclosed phrase", "q").toTsQuery()).isEqualTo("(('unclosed' <-> 'phrase'))");
    }

    @Test
    void aWantedPartStandsForItsOtherSpellings() {
        TextQuery query = TextQuery.parse("zelenskiy -nato", "q");
        assertThat(query.wanted()).containsExactly("zelenskiy");
        assertThat(query.toTsQuery(Map.of("zelenskiy", Set.of("Volodymyr Zelenskyy"))))
            .isEqualTo("(('zelenskiy' | ('volodymyr' <-> 'zelenskyy')) & !'nato')");
    }

    @Test
    void aSpellingThatHoldsThePartItselfAddsNothing() {
        TextQuery query = TextQuery.parse("grain", "q");
        assertThat(query.toTsQuery(Map.of("grain", Set.of("Grain corridor", "Black Sea grain deal", "Grane"))))
            .isEqualTo("(('grain' | 'grane'))");
    }

    @Test
    void aQueryWithNothingToLookForIsRefused() {
        assertThatThrownBy(() -> TextQuery.parse("-nato", "q")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> TextQuery.parse("!!! ???", "q")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> TextQuery.parse("a b c d e f g h i j k l m n o p q", "q")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void accentsAndCaseAreLeftToThePostgresConfigurationButCaseIsFolded() {
        assertThat(TextQuery.parse("Erdoğan", "q").toTsQuery()).isEqualTo("('erdoğan')");
    }
}
