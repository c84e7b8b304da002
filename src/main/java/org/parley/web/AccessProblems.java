package org.parley.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.database.DatabaseFailure;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Refuses a request that lacks credentials (401) or a role (403) with a problem, as every other refusal is
 * answered. The {@code WWW-Authenticate} challenge is RFC 6750's, set by Spring Security's bearer handlers.
 * The details never repeat the token or anything else the caller sent.
 */
public final class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String INVALID_TOKEN = "The bearer token is not valid: unknown, expired, revoked, or a JWT this instance does not accept";

    static final String NO_CREDENTIALS = "This needs credentials: send Authorization: Bearer <token>, with an API token or a JWT";

    static final String FORBIDDEN = "Your role may not do this: reading takes VIEWER, creating and changing EDITOR, deleting and managing API tokens ADMIN";

    private final AuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    private final AccessDeniedHandler insufficientRole = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException, ServletException {
        boolean presented = request.getHeader("Authorization") != null;
        Optional<DatabaseFailure> unreachable = failure instanceof AuthenticationServiceException ? DatabaseFailure.of(failure) : Optional.empty();
        if (unreachable.isPresent()) {
            // the API tokens live in the database: while it is gone the caller is told so, not that its token is bad
            Problems.refuse(request, response, Problems.ofDatabaseFailure(unreachable.get()));
            return;
        }
        challenge.commence(request, response, failure);
        if (response.getStatus() != HttpStatus.UNAUTHORIZED.value()) {
            // a malformed Authorization header: 400, with the challenge saying why
            Problems.refuse(request, response, Problems.of(ProblemType.BAD_REQUEST,
                "The Authorization header is malformed; send Authorization: Bearer <token>, once"));
            return;
        }
        Problems.refuse(request, response, Problems.of(ProblemType.UNAUTHORIZED, presented ? INVALID_TOKEN : NO_CREDENTIALS));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException, ServletException {
        insufficientRole.handle(request, response, denied);
        Problems.refuse(request, response, Problems.of(ProblemType.FORBIDDEN, FORBIDDEN));
    }
}
