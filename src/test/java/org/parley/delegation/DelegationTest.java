package org.parley.delegation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DelegationTest {

    private final Delegation delegation = new Delegation("US delegation", "United States", "USA");

    @Test
    void aDelegationHasAtMostOneHead() {
        delegation.addMember("Steve Witkoff", "Special Envoy", true);
        assertThatThrownBy(() -> delegation.addMember("Jared Kushner", null, true)).isInstanceOf(DelegationHeadTaken.class);
        assertThat(delegation.getMembers()).hasSize(1);
    }

    @Test
    void aMemberListWithTwoHeadsBreaksTheSameRule() {
        assertThatThrownBy(() -> delegation.replaceMembers(List.of(
            new MemberRequest(null, "Steve Witkoff", null, true), new MemberRequest(null, "Jared Kushner", null, true))))
            .isInstanceOf(DelegationHeadTaken.class).hasMessageContaining("Steve Witkoff and Jared Kushner");
    }

    @Test
    void replacingMembersAddsTheNewOnes() {
        delegation.replaceMembers(List.of(new MemberRequest(null, "Steve Witkoff", "Special Envoy", true),
            new MemberRequest(null, "Jared Kushner", null, null)));
        assertThat(delegation.getMembers()).extracting(Member::getFullName).containsExactly("Steve Witkoff", "Jared Kushner");
        assertThat(delegation.getMembers()).extracting(Member::isHead).containsExactly(true, false);
    }

    @Test
    void aDelegationHasAtMostTwoHundredMembers() {
        for (int i = 0; i < Delegation.MAX_MEMBERS; i++) {
            delegation.addMember("Member " + i, null, false);
        }
        assertThatThrownBy(() -> delegation.addMember("One too many", null, false)).isInstanceOf(DelegationFull.class);
    }
}
