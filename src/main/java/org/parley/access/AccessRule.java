package org.parley.access;

import java.util.List;
import java.util.Optional;


import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One line of who may do what: requests of a method (any, when none) to paths matching a pattern need at
 * least a role (none: anyone may). The first line that matches a request decides; the same lines are
 * enforced on requests and written into the API's description.
 */
record AccessRule(HttpMethod method, String pattern, Role role) {

    static List<AccessRule> all(boolean readsNeedToken) {
        Role reader = readsNeedToken ? Role.VIEWER : null;
        return List.of(
            new AccessRule(null, "/api/v1/tokens", Role.ADMIN),
            new AccessRule(null, "/api/v1/tokens/**", Role.ADMIN),
            new AccessRule(HttpMethod.GET, "/api/**", reader),
            new AccessRule(HttpMethod.HEAD, "/api/**", reader),
            new AccessRule(HttpMethod.DELETE, "/api/**", Role.ADMIN),
            new AccessRule(null, "/api/**", Role.EDITOR),
            new AccessRule(null, "/actuator/health", null),
            new AccessRule(null, "/actuator/health/**", null),
            new AccessRule(null, "/actuator/info", null),
            new AccessRule(null, "/actuator", Role.ADMIN),
            new AccessRule(null, "/actuator/**", Role.ADMIN),
            // the API's description, its pages, and the 404 of a path that does not exist
            new AccessRule(HttpMethod.GET, "/**", null),
            new AccessRule(HttpMethod.HEAD, "/**", null),
            new AccessRule(null, "/**", Role.ADMIN));
    }

    /** The least role the first matching rule asks of a request; empty when anyone may make it. */
    static Optional<Role> leastRoleFor(List<AccessRule> rules, HttpMethod method, String path) {
        PathContainer parsed = PathContainer.parsePath(path);
        return rules.stream()
            .filter(rule -> (rule.method == null || rule.method.equals(method)) && PathPatternParser.defaultInstance.parse(rule.pattern).matches(parsed))
            .findFirst().flatMap(rule -> Optional.ofNullable(rule.role));
    }
}
