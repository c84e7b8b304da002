package org.parley.change;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChangedResourceTest {

    private static final UUID TALK = UUID.fromString("0193f1c2-5a6b-7c8d-9e0f-1a2b3c4d5e6f");

    private static final UUID DELEGATION = UUID.fromString("0193f1c2-5a6b-7c8d-9e0f-000000000001");

    @Test
    void aRecordOfItsOwnIsReadAtItsCollection() {
        assertThat(ChangedResource.of(ResourceType.DELEGATION, DELEGATION).path()).isEqualTo("/api/v1/delegations/" + DELEGATION);
    }

    @Test
    void aPartOfATalkIsReadUnderItAndFiledUnderIt() {
        ChangedResource seat = ChangedResource.partOfTalk(ResourceType.PARTICIPANT, TALK, DELEGATION, null);
        assertThat(seat.path()).isEqualTo("/api/v1/talks/" + TALK + "/participants/" + DELEGATION);
        assertThat(seat.talkId()).isEqualTo(TALK);
    }

    @Test
    void aPartNeedsTheRecordItLivesInAndARecordOfItsOwnHasNone() {
        assertThatIllegalArgumentException().isThrownBy(() -> ChangedResource.of(ResourceType.MEMBER, DELEGATION));
        assertThatIllegalArgumentException().isThrownBy(() -> ChangedResource.partOf(ResourceType.TALK, DELEGATION, TALK));
    }

    @Test
    void aFilterCanNameEveryKindOfRecordOnce() {
        assertThat(ResourceType.values()).hasSize(ChangeFilter.MAX_TYPES);
    }
}
