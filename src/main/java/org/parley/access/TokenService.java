package org.parley.access;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.parley.database.Write;
import org.parley.domain.ExpectedVersion;
import org.parley.domain.NotFound;
import org.parley.history.Callers;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Makes, lists and revokes API tokens, and tells who a presented secret belongs to. */
@Service
@Transactional(readOnly = true)
class TokenService {

    private final ApiTokenRepository tokens;

    TokenService(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Write
    NewTokenResponse create(TokenRequest request) {
        TokenSecret secret = TokenSecret.generate();
        ApiToken token = tokens.saveAndFlush(new ApiToken(request.name().strip(), request.role(), secret, request.expiresAt(), Callers.current()));
        return new NewTokenResponse(secret.value(), TokenResponse.of(token, Instant.now()));
    }

    Page<TokenResponse> list(Pageable pageable) {
        Instant now = Instant.now();
        return tokens.findAll(pageable).map(token -> TokenResponse.of(token, now));
    }

    TokenResponse get(UUID id) {
        return TokenResponse.of(find(id), Instant.now());
    }

    /** Ends a token at once; revoking one that has ended already changes nothing. */
    @Write
    void revoke(UUID id, ExpectedVersion expected) {
        ApiToken token = find(id);
        expected.check(token);
        token.revoke(Callers.current());
    }

    /** The live token a presented secret belongs to, if any. */
    Optional<TokenHolder> holderOf(TokenSecret secret) {
        Instant now = Instant.now();
        return tokens.findBySecretHash(secret.hash()).filter(token -> token.activeAt(now))
            .map(token -> new TokenHolder("token:" + token.getName() + " (" + token.getId() + ")", token.getRole()));
    }

    private ApiToken find(UUID id) {
        return tokens.findById(id).orElseThrow(() -> new NotFound("API token", id));
    }

    /** Who a token speaks for. */
    record TokenHolder(String name, Role role) {
    }
}
