package org.parley.web;

import java.util.Optional;

import org.springframework.http.HttpMethod;

/** What each operation needs of its caller, as the API's description states it; the access rules answer. */
public interface AccessRequirements {

    /** The least role (VIEWER, EDITOR, ADMIN) an operation needs; empty when anyone may call it. */
    Optional<String> leastRole(HttpMethod method, String path);
}
