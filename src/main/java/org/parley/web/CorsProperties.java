package org.parley.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The browser origins allowed to call the API, e.g. {@code parley.cors.allowed-origins=https://app.example.org}.
 * None by default: a browser page from another origin may call Parley only once it is named here.
 */
@ConfigurationProperties("parley.cors")
public record CorsProperties(List<String> allowedOrigins) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
