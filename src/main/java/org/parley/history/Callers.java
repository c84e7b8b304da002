package org.parley.history;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is making the current request, in the words records keep of it. */
public final class Callers {

    public static final String ANONYMOUS = "anonymous";

    private Callers() {
    }

    /** An API token's name and id ({@code token:<name> (<id>)}), {@code admin-token}, {@code jwt:<subject>}, or {@value #ANONYMOUS}. */
    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()
            ? ANONYMOUS : authentication.getName();
    }
}
