package org.parley.access;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The admin token an instance starts with: a real secret, and never the demo's outside the demo. */
class TokenAuthenticationTest {

    @Test
    void theDemosWellKnownTokenIsRefusedOutsideTheDemo() {
        assertThatIllegalStateException().isThrownBy(() -> startWith(TokenAuthentication.WELL_KNOWN_DEMO_TOKEN, new MockEnvironment()))
            .withMessageContaining("everyone knows");
    }

    @Test
    void theDemosWellKnownTokenServesTheDemo() {
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");

        assertThatCode(() -> startWith(TokenAuthentication.WELL_KNOWN_DEMO_TOKEN, demo)).doesNotThrowAnyException();
    }

    @Test
    void anAdminTokenWithoutThePrefixIsRefused() {
        assertThatIllegalStateException().isThrownBy(() -> startWith("x".repeat(60), new MockEnvironment()))
            .withMessageContaining("must start with parley_");
    }

    @Test
    void aShortAdminTokenIsRefused() {
        assertThatIllegalStateException().isThrownBy(() -> startWith("parley_admin", new MockEnvironment()))
            .withMessageContaining("at least 50 characters");
    }

    @Test
    void noAdminTokenIsFine() {
        assertThatCode(() -> startWith(null, new MockEnvironment())).doesNotThrowAnyException();
    }

    private static void startWith(String adminToken, MockEnvironment environment) {
        new TokenAuthentication(null, new AccessProperties(adminToken, false, "roles"), environment);
    }
}
