package org.parley.talk;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.delegation.DelegationSummary;
import org.parley.domain.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.talk.ParticipantRole.MEDIATOR;
import static org.parley.talk.ParticipantRole.OBSERVER;
import static org.parley.talk.ParticipantRole.PARTY;

class TalkTest {

    private static final LocalDate DEC_20 = LocalDate.of(2025, 12, 20);

    private static Talk talk(TalkFormat format, TalkStatus status) {
        return new Talk(new Talk.Details("Miami consultations", "Miami", "United States", null, DEC_20, DEC_20.plusDays(1), null, null, null),
            format, status);
    }

    private static DelegationSummary delegation(String party) {
        return new DelegationSummary(UUID.randomUUID(), party + " delegation", party);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "PLANNED,ONGOING", "PLANNED,POSTPONED", "PLANNED,CANCELLED", "ONGOING,CONCLUDED", "ONGOING,POSTPONED",
        "POSTPONED,PLANNED", "POSTPONED,ONGOING", "POSTPONED,CANCELLED" })
    void movesAlongAllowedStatusTransitions(TalkStatus from, TalkStatus to) {
        Talk talk = talk(TalkFormat.BILATERAL, from);
        talk.moveTo(to);
        assertThat(talk.getStatus()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "PLANNED,CONCLUDED", "ONGOING,PLANNED", "ONGOING,CANCELLED", "POSTPONED,CONCLUDED", "CONCLUDED,ONGOING",
        "CONCLUDED,PLANNED", "CANCELLED,PLANNED", "CANCELLED,ONGOING" })
    void refusesIllegalStatusTransitions(TalkStatus from, TalkStatus to) {
        Talk talk = talk(TalkFormat.BILATERAL, from);
        assertThatThrownBy(() -> talk.moveTo(to)).isInstanceOf(IllegalStatusTransition.class).hasMessageContaining(from + " to " + to);
        assertThat(talk.getStatus()).isEqualTo(from);
    }

    @Test
    void stayingInTheSameStatusIsNoMove() {
        Talk talk = talk(TalkFormat.BILATERAL, TalkStatus.CONCLUDED);
        talk.moveTo(TalkStatus.CONCLUDED);
        assertThat(talk.getStatus()).isEqualTo(TalkStatus.CONCLUDED);
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> new Talk(new Talk.Details("t", "Miami", "United States", null, DEC_20, DEC_20.minusDays(1), null, null, null),
            TalkFormat.BILATERAL, TalkStatus.PLANNED))
            .isInstanceOf(InvalidInput.class)
            .satisfies(ex -> assertThat(((InvalidInput) ex).getErrors()).extracting(InvalidInput.FieldError::field).containsExactly("endDate"));
    }

    @Test
    void acceptsARoundOfOneDay() {
        Talk talk = new Talk(new Talk.Details("t", "Geneva", "Switzerland", null, DEC_20, DEC_20, null, null, null), TalkFormat.BILATERAL,
            TalkStatus.PLANNED);
        assertThat(talk.getEndDate()).isEqualTo(talk.getStartDate());
    }

    private static Talk undated(TalkStatus status) {
        return new Talk(new Talk.Details("Next round", null, null, null, null, null, null, "early January", null), TalkFormat.BILATERAL,
            status);
    }

    @ParameterizedTest
    @CsvSource({ "PLANNED", "POSTPONED", "CANCELLED" })
    void aRoundThatHasNotSatMayLeaveItsDatesAndPlaceOpen(TalkStatus status) {
        Talk talk = undated(status);
        assertThat(talk.getStartDate()).isNull();
        assertThat(talk.getExpectedWhen()).isEqualTo("early January");
    }

    @ParameterizedTest
    @CsvSource({ "ONGOING", "CONCLUDED" })
    void aRoundThatSitsOrSatNeedsItsDatesAndPlace(TalkStatus status) {
        assertThatThrownBy(() -> undated(status)).isInstanceOf(OpenDatesOutsidePlanning.class).hasMessageContaining(status.name());
    }

    @Test
    void anUndatedRoundCannotStartSitting() {
        Talk talk = undated(TalkStatus.PLANNED);
        assertThatThrownBy(() -> talk.moveTo(TalkStatus.ONGOING)).isInstanceOf(OpenDatesOutsidePlanning.class);
        assertThat(talk.getStatus()).isEqualTo(TalkStatus.PLANNED);
    }

    @Test
    void aSittingRoundCannotLoseItsDates() {
        Talk talk = talk(TalkFormat.BILATERAL, TalkStatus.ONGOING);
        assertThatThrownBy(() -> talk.describe(new Talk.Details("t", "Miami", "United States", null, null, null, null, null, null)))
            .isInstanceOf(OpenDatesOutsidePlanning.class);
        assertThat(talk.getStartDate()).isEqualTo(DEC_20);
    }

    @Test
    void anEndNeedsAStart() {
        assertThatThrownBy(() -> new Talk(new Talk.Details("t", null, null, null, null, DEC_20, null, null, null), TalkFormat.BILATERAL,
            TalkStatus.PLANNED))
            .isInstanceOf(InvalidInput.class)
            .satisfies(ex -> assertThat(((InvalidInput) ex).getErrors()).extracting(InvalidInput.FieldError::field).containsExactly("startDate"));
    }

    @Test
    void aBilateralTalkHasAtMostTwoParties() {
        Talk talk = talk(TalkFormat.BILATERAL, TalkStatus.PLANNED);
        talk.seat(delegation("Russia"), PARTY, Map.of());
        talk.seat(delegation("Ukraine"), PARTY, Map.of());
        assertThatThrownBy(() -> talk.seat(delegation("Belarus"), PARTY, Map.of())).isInstanceOf(ParticipantLimitExceeded.class);
        assertThat(talk.getParticipants()).hasSize(2);
    }

    @Test
    void aTrilateralTalkHasAtMostThreeParties() {
        Talk talk = talk(TalkFormat.TRILATERAL, TalkStatus.PLANNED);
        talk.seat(delegation("Russia"), PARTY, Map.of());
        talk.seat(delegation("Ukraine"), PARTY, Map.of());
        talk.seat(delegation("United States"), PARTY, Map.of());
        assertThatThrownBy(() -> talk.seat(delegation("Belarus"), PARTY, Map.of())).isInstanceOf(ParticipantLimitExceeded.class);
    }

    @Test
    void observersAndMediatorsDoNotCountAgainstThePartyLimit() {
        Talk talk = talk(TalkFormat.BILATERAL, TalkStatus.PLANNED);
        talk.seat(delegation("Russia"), PARTY, Map.of());
        talk.seat(delegation("Ukraine"), PARTY, Map.of());
        talk.seat(delegation("United States"), MEDIATOR, Map.of());
        talk.seat(delegation("EU"), OBSERVER, Map.of());
        assertThat(talk.getParticipants()).hasSize(4);
    }

    @Test
    void aProximityTalkTakesAnyNumberOfParties() {
        Talk talk = talk(TalkFormat.PROXIMITY, TalkStatus.PLANNED);
        for (int i = 0; i < 5; i++) {
            talk.seat(delegation("Party " + i), PARTY, Map.of());
        }
        assertThat(talk.getParticipants()).hasSize(5);
    }

    @Test
    void aDelegationIsSeatedOnceAndReseatingChangesItsRole() {
        Talk talk = talk(TalkFormat.PROXIMITY, TalkStatus.PLANNED);
        DelegationSummary us = delegation("United States");
        assertThat(talk.seat(us, OBSERVER, Map.of())).isTrue();
        assertThat(talk.seat(us, MEDIATOR, Map.of())).isFalse();
        assertThat(talk.getParticipants()).singleElement().extracting(Participation::getRole).isEqualTo(MEDIATOR);
    }

    @Test
    void aMediatorCannotAlsoBeAParty() {
        Talk talk = talk(TalkFormat.PROXIMITY, TalkStatus.PLANNED);
        DelegationSummary envoys = delegation("United States");
        talk.seat(envoys, MEDIATOR, Map.of());
        DelegationSummary secondUsDelegation = new DelegationSummary(UUID.randomUUID(), "US negotiators", "united states");
        assertThatThrownBy(() -> talk.seat(secondUsDelegation, PARTY, Map.of(envoys.id(), envoys)))
            .isInstanceOf(MediatorIsParty.class);
    }

    @Test
    void aPartyCannotAlsoBeTheMediator() {
        Talk talk = talk(TalkFormat.PROXIMITY, TalkStatus.PLANNED);
        DelegationSummary russia = delegation("Russia");
        talk.seat(russia, PARTY, Map.of());
        assertThatThrownBy(() -> talk.seat(delegation("Russia"), MEDIATOR, Map.of(russia.id(), russia)))
            .isInstanceOf(MediatorIsParty.class);
    }

    @Test
    void narrowingTheFormatBelowTheSeatedPartiesIsRefused() {
        Talk talk = talk(TalkFormat.TRILATERAL, TalkStatus.PLANNED);
        talk.seat(delegation("Russia"), PARTY, Map.of());
        talk.seat(delegation("Ukraine"), PARTY, Map.of());
        talk.seat(delegation("United States"), PARTY, Map.of());
        assertThatThrownBy(() -> talk.changeFormat(TalkFormat.BILATERAL)).isInstanceOf(ParticipantLimitExceeded.class);
        assertThat(talk.getFormat()).isEqualTo(TalkFormat.TRILATERAL);
    }

    @ParameterizedTest
    @CsvSource({ "ONGOING", "CONCLUDED" })
    void anIssueCanBeAgreedAtARoundThatSitsOrSat(TalkStatus status) {
        Talk talk = talk(TalkFormat.BILATERAL, status);
        UUID territory = UUID.randomUUID();
        talk.putOnAgenda(territory, AgendaStatus.AGREED, null);
        assertThat(talk.agendaItem(territory)).get().extracting(AgendaItem::getStatus).isEqualTo(AgendaStatus.AGREED);
    }

    @ParameterizedTest
    @CsvSource({ "PLANNED", "POSTPONED", "CANCELLED" })
    void anIssueCannotBeAgreedAtARoundThatHasNotSat(TalkStatus status) {
        Talk talk = talk(TalkFormat.BILATERAL, status);
        assertThatThrownBy(() -> talk.putOnAgenda(UUID.randomUUID(), AgendaStatus.AGREED, null))
            .isInstanceOf(AgreementOutsideSession.class);
        assertThat(talk.getAgenda()).isEmpty();
    }

    @Test
    void puttingAnIssueOnTheAgendaAgainUpdatesIt() {
        Talk talk = talk(TalkFormat.BILATERAL, TalkStatus.PLANNED);
        UUID plant = UUID.randomUUID();
        assertThat(talk.putOnAgenda(plant, AgendaStatus.RAISED, "raised by Kyiv")).isTrue();
        assertThat(talk.putOnAgenda(plant, AgendaStatus.DEADLOCKED, "no movement")).isFalse();
        assertThat(talk.getAgenda()).singleElement().satisfies(item -> {
            assertThat(item.getStatus()).isEqualTo(AgendaStatus.DEADLOCKED);
            assertThat(item.getNote()).isEqualTo("no movement");
        });
    }

    @Test
    void aRoundSeatsAtMostFiftyDelegations() {
        Talk talk = talk(TalkFormat.MULTILATERAL, TalkStatus.PLANNED);
        for (int i = 0; i < Talk.MAX_PARTICIPANTS; i++) {
            talk.seat(delegation("Party " + i), OBSERVER, Map.of());
        }
        assertThatThrownBy(() -> talk.seat(delegation("One too many"), OBSERVER, Map.of())).isInstanceOf(ParticipantLimitExceeded.class);
    }

    @Test
    void anAgendaHoldsAtMostAHundredIssues() {
        Talk talk = talk(TalkFormat.BILATERAL, TalkStatus.PLANNED);
        for (int i = 0; i < Talk.MAX_AGENDA_ITEMS; i++) {
            talk.putOnAgenda(UUID.randomUUID(), AgendaStatus.RAISED, null);
        }
        assertThatThrownBy(() -> talk.putOnAgenda(UUID.randomUUID(), AgendaStatus.RAISED, null)).isInstanceOf(AgendaFull.class);
    }
}
