package org.parley.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route the running application maps, taken from its handler mappings, called by each kind of caller:
 * a route added later is held to the same rules without anyone listing it here. The rules: reading is open
 * to all, creating and changing takes EDITOR, deleting takes ADMIN, and API tokens are for ADMIN alone;
 * outside the API, anything but a read takes ADMIN, and of the actuator only health and info are open.
 */
class RouteMatrixApiTest extends ApiTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    private static final Set<RequestMethod> EVERY_METHOD = EnumSet.of(RequestMethod.GET, RequestMethod.POST, RequestMethod.PUT,
        RequestMethod.PATCH, RequestMethod.DELETE);

    @Autowired
    private ApplicationContext context;

    enum Caller { ANONYMOUS, VIEWER, EDITOR, ADMIN }

    @Test
    void everyMappedRouteLetsInExactlyTheRolesItShould() {
        Map<Caller, RestTestClient> callers = new LinkedHashMap<>();
        callers.put(Caller.ANONYMOUS, anonymous);
        callers.put(Caller.VIEWER, as(tokenFor("VIEWER")));
        callers.put(Caller.EDITOR, as(tokenFor("EDITOR")));
        callers.put(Caller.ADMIN, as(tokenFor("ADMIN")));
        List<Route> routes = mappedRoutes();
        assertThat(routes).as("the routes found").extracting(Route::path)
            .contains("/api/v1/talks/{id}", "/api/v1/tokens", "/actuator/health").hasSizeGreaterThan(80);

        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            for (Caller caller : Caller.values()) {
                int status = callers.get(caller).method(route.method()).uri(route.example())
                    .accept(MediaType.APPLICATION_JSON).contentType(MediaType.APPLICATION_JSON)
                    .exchange().returnResult(byte[].class).getStatus().value();
                boolean refused = status == 401 || status == 403;
                boolean allowed = caller.ordinal() >= route.needs().ordinal();
                int expectedRefusal = caller == Caller.ANONYMOUS ? 401 : 403;
                if (allowed ? refused : status != expectedRefusal) {
                    wrong.add("%s %s as %s: %d, expected %s".formatted(route.method(), route.path(), caller, status,
                        allowed ? "neither 401 nor 403" : String.valueOf(expectedRefusal)));
                }
            }
        }
        assertThat(wrong).as("routes answering against the rules").isEmpty();
    }

    private List<Route> mappedRoutes() {
        List<Route> routes = new ArrayList<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty() ? EVERY_METHOD
                    : info.getMethodsCondition().getMethods();
                for (String path : info.getPatternValues()) {
                    for (RequestMethod method : methods) {
                        routes.add(new Route(method.asHttpMethod(), path));
                    }
                }
            }
        }
        return routes;
    }

    /** A mapped route and the least role the rules let call it. */
    record Route(HttpMethod method, String path) {

        Caller needs() {
            boolean read = method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD);
            if (path.startsWith("/api/v1/tokens")) {
                return Caller.ADMIN;
            }
            if (path.startsWith("/actuator") && !path.startsWith("/actuator/health") && !path.equals("/actuator/info")) {
                return Caller.ADMIN;
            }
            if (read) {
                return Caller.ANONYMOUS;
            }
            if (!path.startsWith("/api/")) {
                return Caller.ADMIN;
            }
            return method.equals(HttpMethod.DELETE) ? Caller.ADMIN : Caller.EDITOR;
        }

        /** The path with an id of nothing for each variable: a request that is judged, and then finds nothing. */
        String example() {
            Matcher variables = VARIABLE.matcher(path);
            return variables.replaceAll(variable -> UUID.randomUUID().toString()).replace("/**", "/anything");
        }
    }
}
