package org.parley.access;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import org.parley.database.DatabaseFailure;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Tells who an API token speaks for: the configured admin token, or a live token from the database.
 * An unknown, expired or revoked token is refused outright, never taken for an anonymous caller.
 */
class TokenAuthentication implements AuthenticationProvider {

    /** The admin token the demo profile sets, printed in the README: never accepted outside that profile. */
    static final String WELL_KNOWN_DEMO_TOKEN = "parley_demo_admin_token_known_to_all_never_use_it_in_earnest";

    static final String ADMIN_TOKEN_HOLDER = "admin-token";

    private final TokenService tokens;

    private final byte[] adminTokenHash;

    TokenAuthentication(TokenService tokens, AccessProperties properties, Environment environment) {
        this.tokens = tokens;
        this.adminTokenHash = properties.adminToken() == null ? null : checkedAdminToken(properties.adminToken(), environment).hash();
    }

    private static TokenSecret checkedAdminToken(String configured, Environment environment) {
        if (!TokenSecret.looksLikeOne(configured) || configured.length() < TokenSecret.LENGTH) {
            throw new IllegalStateException("parley.access.admin-token (PARLEY_ADMIN_TOKEN) must start with " + TokenSecret.PREFIX
                + " and be at least " + TokenSecret.LENGTH + " characters long, e.g. " + TokenSecret.PREFIX + "$(openssl rand -hex 24)");
        }
        if (configured.equals(WELL_KNOWN_DEMO_TOKEN) && !environment.acceptsProfiles(Profiles.of("demo"))) {
            throw new IllegalStateException("parley.access.admin-token (PARLEY_ADMIN_TOKEN) is the demo's token, which everyone knows: "
                + "outside the demo profile, set a secret of your own");
        }
        return new TokenSecret(configured);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        TokenSecret secret = new TokenSecret(((BearerTokenAuthenticationToken) authentication).getToken());
        if (adminTokenHash != null && MessageDigest.isEqual(adminTokenHash, secret.hash())) {
            return new Holder(ADMIN_TOKEN_HOLDER, Role.ADMIN);
        }
        Optional<TokenService.TokenHolder> holder;
        try {
            holder = tokens.holderOf(secret);
        }
        catch (RuntimeException e) {
            if (DatabaseFailure.of(e).isPresent()) {
                throw new AuthenticationServiceException("The API tokens cannot be read", e);
            }
            throw e;
        }
        return holder.map(found -> new Holder(found.name(), found.role()))
            .orElseThrow(() -> new InvalidBearerTokenException("The API token is unknown, expired or revoked"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A caller known by an API token. */
    static final class Holder extends AbstractAuthenticationToken {

        private final String name;

        Holder(String name, Role role) {
            super(List.of(new SimpleGrantedAuthority(role.authority())));
            this.name = name;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return name;
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
