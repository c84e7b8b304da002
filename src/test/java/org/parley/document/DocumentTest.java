package org.parley.document;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.domain.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentTest {

    private static Document.Details details(String side, UUID delegationId) {
        return new Document.Details("US 28-point peace plan", DocumentKind.PEACE_PLAN, side, delegationId, null, Set.of(), null);
    }

    private static Document document(DocumentStatus status) {
        return new Document(details("USA", null), status);
    }

    private static DocumentVersion.Content version(String label) {
        return new DocumentVersion.Content(label, LocalDate.of(2025, 11, 20), null, null, null, null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "DRAFT,PROPOSED", "DRAFT,WITHDRAWN", "PROPOSED,UNDER_DISCUSSION", "PROPOSED,REJECTED", "PROPOSED,WITHDRAWN",
        "UNDER_DISCUSSION,INITIALLED", "UNDER_DISCUSSION,REJECTED", "UNDER_DISCUSSION,WITHDRAWN", "INITIALLED,SIGNED",
        "INITIALLED,REJECTED", "INITIALLED,WITHDRAWN" })
    void movesAlongAllowedStatusTransitions(DocumentStatus from, DocumentStatus to) {
        Document document = document(from);
        document.moveTo(to);
        assertThat(document.getStatus()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "DRAFT,UNDER_DISCUSSION", "DRAFT,SIGNED", "DRAFT,REJECTED", "PROPOSED,DRAFT", "PROPOSED,INITIALLED", "PROPOSED,SIGNED",
        "UNDER_DISCUSSION,PROPOSED", "UNDER_DISCUSSION,SIGNED", "INITIALLED,UNDER_DISCUSSION", "SIGNED,WITHDRAWN", "SIGNED,REJECTED",
        "REJECTED,PROPOSED", "REJECTED,UNDER_DISCUSSION", "WITHDRAWN,DRAFT", "WITHDRAWN,PROPOSED" })
    void refusesIllegalStatusTransitions(DocumentStatus from, DocumentStatus to) {
        Document document = document(from);
        assertThatThrownBy(() -> document.moveTo(to)).isInstanceOf(IllegalDocumentTransition.class)
            .hasMessageContaining(from + " to " + to);
        assertThat(document.getStatus()).isEqualTo(from);
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = { "SIGNED", "REJECTED", "WITHDRAWN" })
    void signedRejectedAndWithdrawnAreFinal(DocumentStatus status) {
        assertThat(status.next()).isEmpty();
        assertThatThrownBy(() -> document(status).moveTo(DocumentStatus.DRAFT)).hasMessageEndingWith(status + " is final");
    }

    @ParameterizedTest
    @EnumSource(DocumentStatus.class)
    void stayingInTheSameStatusIsNoMove(DocumentStatus status) {
        Document document = document(status);
        document.moveTo(status);
        assertThat(document.getStatus()).isEqualTo(status);
    }

    @Test
    void aDocumentMayBeRecordedInAnyStatus() {
        assertThat(document(DocumentStatus.SIGNED).getStatus()).isEqualTo(DocumentStatus.SIGNED);
    }

    @Test
    void isProposedByASideOrByADelegationButNotBoth() {
        assertThatThrownBy(() -> new Document(details("USA", UUID.randomUUID()), DocumentStatus.DRAFT))
            .isInstanceOf(InvalidInput.class)
            .satisfies(ex -> assertThat(((InvalidInput) ex).getErrors()).extracting(InvalidInput.FieldError::field).containsExactly("proposedBy"));
        assertThat(new Document(details(null, UUID.randomUUID()), DocumentStatus.DRAFT).getProposedBySide()).isNull();
        assertThat(new Document(details(null, null), DocumentStatus.DRAFT).getProposedByDelegationId()).isNull();
    }

    @Test
    void aChangeToProposeByBothIsRefusedAndChangesNothing() {
        Document document = document(DocumentStatus.DRAFT);
        assertThatThrownBy(() -> document.describe(details("USA", UUID.randomUUID()))).isInstanceOf(InvalidInput.class);
        assertThat(document.getProposedBySide()).isEqualTo("USA");
        assertThat(document.getProposedByDelegationId()).isNull();
    }

    @Test
    void versionsAreKeptInTheOrderTheyWereRecorded() {
        Document document = document(DocumentStatus.PROPOSED);
        document.addVersion(version("28-point plan"));
        document.addVersion(version("19-point plan"));
        assertThat(document.getVersions()).extracting(DocumentVersion::getLabel).containsExactly("28-point plan", "19-point plan");
    }

    @Test
    void aLabelIsUniqueWithinItsDocumentWhateverTheCase() {
        Document document = document(DocumentStatus.PROPOSED);
        document.addVersion(version("28-point plan"));
        assertThatThrownBy(() -> document.addVersion(version("28-POINT Plan"))).isInstanceOf(DuplicateVersionLabel.class)
            .hasMessageContaining("'28-POINT Plan'");
        assertThat(document.getVersions()).hasSize(1);
    }

    @Test
    void twoDocumentsMayHaveVersionsOfTheSameLabel() {
        Document plan = document(DocumentStatus.PROPOSED);
        Document counterProposal = document(DocumentStatus.PROPOSED);
        plan.addVersion(version("First draft"));
        counterProposal.addVersion(version("First draft"));
        assertThat(counterProposal.getVersions()).hasSize(1);
    }

    @Test
    void aDocumentHoldsAtMostAHundredVersions() {
        Document document = document(DocumentStatus.PROPOSED);
        for (int i = 0; i < Document.MAX_VERSIONS; i++) {
            document.addVersion(version("Draft " + i));
        }
        assertThatThrownBy(() -> document.addVersion(version("One too many"))).isInstanceOf(DocumentVersionsFull.class);
        assertThat(document.getVersions()).hasSize(Document.MAX_VERSIONS);
    }

    @Test
    void aVersionSupersedesAVersionOnlyWithItsDocument() {
        assertThatThrownBy(() -> new DocumentVersion.Content("20-point plan", null, null, null, UUID.randomUUID(), null))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
