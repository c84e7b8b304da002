package org.parley.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whom an anonymous request counts against. */
class RateLimitFilterTest {

    @Test
    void anIpv4AddressCountsAlone() {
        assertThat(RateLimitFilter.addressOf("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(RateLimitFilter.addressOf("203.0.113.8")).isNotEqualTo(RateLimitFilter.addressOf("203.0.113.7"));
    }

    @Test
    void theAddressesOfOneIpv6NetworkCountTogether() {
        assertThat(RateLimitFilter.addressOf("2001:db8:1:2:3:4:5:6")).isEqualTo(RateLimitFilter.addressOf("2001:db8:1:2:ffff::1"))
            .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(RateLimitFilter.addressOf("2001:db8:1:3::1")).isNotEqualTo(RateLimitFilter.addressOf("2001:db8:1:2::1"));
    }

    @Test
    void anIpv4AddressWrittenAsIpv6CountsAsIpv4() {
        assertThat(RateLimitFilter.addressOf("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
    }
}
