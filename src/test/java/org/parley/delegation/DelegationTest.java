package org.parley.delegation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DelegationTest {

    private final Delegation delegation = new Delegation("US delegation", "United States", "USA");

    @Test
    void aDelegationHasAtMostOneHead() {
        delegation.addMember(new Member.Details("Steve Witkoff", "Special Envoy", true, null));
        assertThatThrownBy(() -> delegation.addMember(new Member.Details("Jared Kushner", null, true, null))).isInstanceOf(DelegationHeadTaken.class);
        assertThat(delegation.getMembers()).hasSize(1);
    }

    @Test
    void aMemberListWithTwoHeadsBreaksTheSameRule() {
        assertThatThrownBy(() -> delegation.replaceMembers(List.of(
            new MemberRequest(null, "Steve Witkoff", null, true, null), new MemberRequest(null, "Jared Kushner", null, true, null))))
            .isInstanceOf(DelegationHeadTaken.class).hasMessageContaining("Steve Witkoff and Jared Kushner");
    }

    @Test
    void replacingMembersAddsTheNewOnes() {
        delegation.replaceMembers(List.of(new MemberRequest(null, "Steve Witkoff", "Special Envoy", true, null),
            new MemberRequest(null, "Jared Kushner", null, null, null)));
        assertThat(delegation.getMembers()).extracting(Member::getFullName).containsExactly("Steve Witkoff", "Jared Kushner");
        assertThat(delegation.getMembers()).extracting(Member::isHead).containsExactly(true, false);
    }

    @Test
    void aDelegationHasAtMostTwoHundredMembers() {
        for (int i = 0; i < Delegation.MAX_MEMBERS; i++) {
            delegation.addMember(new Member.Details("Member " + i, null, false, null));
        }
        assertThatThrownBy(() -> delegation.addMember(new Member.Details("One too many", null, false, null))).isInstanceOf(DelegationFull.class);
    }
}
