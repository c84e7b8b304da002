package org.parley.access;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.domain.ExpectedVersion;
import org.parley.history.RecordHistory;
import org.parley.history.RevisionResponse;
import org.parley.web.Created;
import org.parley.web.PageResponse;
import org.parley.web.SortableBy;

import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.http.HttpStatus.NO_CONTENT;

@RestController
@Tag(name = "API tokens", description = "Credentials for scripts and integrations; only an admin sees or manages them")
@RequestMapping("/api/v1/tokens")
class TokenController {

    private final TokenService tokens;

    private final RecordHistory history;

    TokenController(TokenService tokens, RecordHistory history) {
        this.history = history;
        this.tokens = tokens;
    }

    @Operation(operationId = "listTokens", summary = "List API tokens",
        description = "Every token ever made, revoked and expired ones included, without their secrets; newest first by default.")
    @GetMapping
    PageResponse<TokenResponse> list(@SortableBy(value = { "createdAt", "name" }, defaultSort = "createdAt,desc") Pageable pageable) {
        return PageResponse.of(tokens.list(pageable));
    }

    @Operation(operationId = "createToken", summary = "Make an API token",
        description = "Makes a token for the role given and answers with its secret, this once: Parley keeps only a hash of it.")
    @PostMapping
    ResponseEntity<NewTokenResponse> create(@Valid @RequestBody TokenRequest request) {
        NewTokenResponse created = tokens.create(request);
        return Created.at(created.details().id(), created);
    }

    @Operation(operationId = "getToken", summary = "Get an API token", description = "A token, without its secret.")
    @GetMapping("/{id}")
    TokenResponse get(@PathVariable UUID id) {
        return tokens.get(id);
    }

    @Operation(operationId = "revokeToken", summary = "Revoke an API token",
        description = "Ends a token at once; it stays listed, with who revoked it and when. Revoking it again changes nothing. "
            + "If-Match: * revokes whatever the token's state.")
    @DeleteMapping("/{id}")
    @ResponseStatus(NO_CONTENT)
    void revoke(@PathVariable UUID id, ExpectedVersion expected) {
        tokens.revoke(id, expected);
    }

    @Operation(operationId = "getTokenHistory", summary = "The history of an API token",
        description = "Every revision of an API token, oldest first: who made it, when and for which request, and the token as that revision "
            + "left it (its name, role, expiry, and who revoked it when); never its secret or the secret's hash.")
    @GetMapping("/{id}/history")
    PageResponse<RevisionResponse> history(@PathVariable UUID id, @SortableBy(value = "revision", defaultSort = "revision") Pageable pageable) {
        return PageResponse.of(history.of(ApiToken.HISTORY, id, pageable));
    }
}
