package org.parley.access;

import java.util.List;

import jakarta.servlet.DispatcherType;
import org.parley.web.AccessProblems;
import org.parley.web.AccessRequirements;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what, over every route: reading is open (or takes VIEWER, with parley.access.reads-need-token),
 * creating and changing takes EDITOR, deleting and managing tokens ADMIN. A caller shows an API token
 * ({@code parley_…}) or, where an issuer is configured (spring.security.oauth2.resourceserver.jwt.issuer-uri),
 * a JWT from it. No sessions and no cookies: every request carries its own credentials, so there is nothing
 * for a cross-site request to ride on. Run without a web server (to migrate, say), Parley needs none of it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties({AccessProperties.class, OAuth2ResourceServerProperties.class})
class AccessConfiguration {

    // what the records of who did what hold of a caller's name
    private static final int MAX_SUBJECT = 150;

    /** JSON and problems are never pages: nothing they hold may run, load or be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Swagger UI: its own scripts, styles (some inline) and images, and calls to this instance only. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    SecurityFilterChain access(HttpSecurity http, AccessProperties properties, TokenAuthentication apiTokens,
                               OAuth2ResourceServerProperties jwtIssuer) {
        AccessProblems problems = new AccessProblems();
        AuthenticationManager tokens = new ProviderManager(apiTokens);
        AuthenticationManager jwts = JwtDecoding.configuredBy(jwtIssuer.getJwt()).map(decoder -> jwts(decoder, properties.rolesClaim()))
            .orElseGet(AccessConfiguration::noJwts);
        AuthenticationManager bearers = bearer -> TokenSecret.looksLikeOne(((BearerTokenAuthenticationToken) bearer).getToken())
            ? tokens.authenticate(bearer) : jwts.authenticate(bearer);
        RequestMatcher swaggerUi = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
            PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"));
        return http
            .headers(headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swaggerUi, new ContentSecurityPolicyHeaderWriter(PAGE_POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swaggerUi),
                    new ContentSecurityPolicyHeaderWriter(API_POLICY))))
            .csrf(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(AbstractHttpConfigurer::disable)
            .oauth2ResourceServer(resourceServer -> resourceServer
                .authenticationManagerResolver(request -> bearers)
                .authenticationEntryPoint(problems)
                .accessDeniedHandler(problems))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .authorizeHttpRequests(requests -> {
                // the answer to a request already let in (its error page, the rest of a stream) is not judged again
                requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
                // a browser's preflight carries no credentials; the CORS rules answer it
                requests.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();
                for (AccessRule rule : AccessRule.all(properties.readsNeedToken())) {
                    var matched = rule.method() == null ? requests.requestMatchers(rule.pattern()) : requests.requestMatchers(rule.method(), rule.pattern());
                    if (rule.role() == null) {
                        matched.permitAll();
                    }
                    else {
                        matched.hasRole(rule.role().name());
                    }
                }
            })
            .build();
    }

    @Bean
    TokenAuthentication tokenAuthentication(TokenService tokens, AccessProperties properties, Environment environment) {
        return new TokenAuthentication(tokens, properties, environment);
    }

    /** The same rules, as the API's description states them. */
    @Bean
    AccessRequirements accessRequirements(AccessProperties properties) {
        List<AccessRule> rules = AccessRule.all(properties.readsNeedToken());
        return (method, path) -> AccessRule.leastRoleFor(rules, method, path).map(Role::name);
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
            .role(Role.ADMIN.name()).implies(Role.EDITOR.name())
            .role(Role.EDITOR.name()).implies(Role.VIEWER.name())
            .build();
    }

    private static AuthenticationManager jwts(JwtDecoder decoder, String rolesClaim) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(rolesClaim);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        // known as jwt:<subject>, so that no subject can pass for an API token or the admin token
        provider.setJwtAuthenticationConverter(jwt -> {
            String subject = jwt.getSubject();
            if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT) {
                throw new InvalidBearerTokenException("The JWT names no subject, or one longer than " + MAX_SUBJECT + " characters");
            }
            return new JwtAuthenticationToken(jwt, roles.convert(jwt), "jwt:" + subject);
        });
        return new ProviderManager(provider);
    }

    private static AuthenticationManager noJwts() {
        return bearer -> {
            throw new InvalidBearerTokenException("The token is no Parley API token, and this instance takes no JWTs (no issuer is configured)");
        };
    }
}
