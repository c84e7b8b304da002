package org.parley.history;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request, in the words records keep of it. */
public final class Callers {

    public static final String ANONYMOUS = "anonymous";

    private Callers() {
    }

    /**
     * Whether the caller has shown credentials: who made a change, and for which request, is told only to
     * such callers, since a token's name or a JWT's subject can say who a person is.
     */
    public static boolean identified() {
        return !ANONYMOUS.equals(current());
    }

    /** An API token's name and id ({@code token:<name> (<id>)}), {@code admin-token}, {@code jwt:<subject>}, or {@value #ANONYMOUS}. */
    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()
            ? ANONYMOUS : authentication.getName();
    }
}
