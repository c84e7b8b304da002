package org.parley.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many API requests a minute each caller may make: a caller with credentials is counted by its token's
 * or JWT's name, an anonymous one by its address (behind a proxy, set server.forward-headers-strategy so
 * that the address is the client's).
 */
@ConfigurationProperties("parley.rate-limits")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("1200") long perCaller,
                                  @DefaultValue("300") long perAnonymousAddress) {
}
