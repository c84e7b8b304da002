package org.parley.web;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.Principal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.database.DatabaseFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Limits how many API requests a minute each caller makes, from token buckets kept in PostgreSQL so that
 * the limit holds across instances. Every answer says where the caller stands ({@code RateLimit},
 * {@code RateLimit-Policy}, after the IETF draft); past the limit the answer is 429 with {@code Retry-After}.
 * Runs after Spring Security, which names the caller, and before anything else touches the database.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitFilter extends OncePerRequestFilter {

    static final String POLICY = "RateLimit-Policy";

    static final String STATE = "RateLimit";

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private static final Duration WINDOW = Duration.ofMinutes(1);

    // the buckets of the callers seen lately; an evicted one is read back from the database when next needed
    private static final int REMEMBERED = 10_000;

    private final RateLimitProperties limits;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> store;

    private final Map<String, BucketProxy> buckets = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BucketProxy> eldest) {
            return size() > REMEMBERED;
        }
    });

    private final AtomicLong served = new AtomicLong();

    RateLimitFilter(RateLimitProperties limits, DataSource dataSource) {
        this.limits = limits;
        this.store = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_buckets").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
            .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the decoded path, as Spring Security and Spring MVC match it: /%61pi/ is /api/ too
        return !limits.enabled() || !UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith("/api/")
            || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        Principal caller = request.getUserPrincipal();
        long capacity = caller == null ? limits.perAnonymousAddress() : limits.perCaller();
        String key = caller == null ? "address " + addressOf(request.getRemoteAddr()) : "caller " + caller.getName();
        ConsumptionProbe probe;
        try {
            probe = bucket(key, capacity).tryConsumeAndReturnRemaining(1);
            if (served.incrementAndGet() % 1000 == 0) {
                store.removeExpired(1000);
            }
        }
        catch (RuntimeException e) {
            // the buckets live in the database: while it cannot be reached the request could not be served either,
            // and is answered so at once; a failure of the limiter itself lets the request through unlimited
            Optional<DatabaseFailure> failure = DatabaseFailure.of(e);
            if (failure.isPresent() && (failure.get() == DatabaseFailure.UNAVAILABLE || failure.get() == DatabaseFailure.TIMEOUT)) {
                Problems.refuse(request, response, Problems.ofDatabaseFailure(failure.get()));
                return;
            }
            log.warn("Rate limit not checked: {}", e.getClass().getSimpleName());
            chain.doFilter(request, response);
            return;
        }
        long secondsToFull = Math.ceilDiv(probe.getNanosToWaitForReset(), 1_000_000_000L);
        response.setHeader(POLICY, capacity + ";w=" + WINDOW.toSeconds());
        response.setHeader(STATE, "limit=%d, remaining=%d, reset=%d".formatted(capacity, probe.getRemainingTokens(), secondsToFull));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, Math.ceilDiv(probe.getNanosToWaitForRefill(), 1_000_000_000L));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        Problems.refuse(request, response, Problems.of(ProblemType.TOO_MANY_REQUESTS,
            "More than %d requests in a minute%s; retry after %d seconds".formatted(capacity,
                caller == null ? " from this address without credentials" : " with these credentials", retryAfter)));
    }

    /** Whom an anonymous request counts against: its IPv4 address, or the /64 network of its IPv6 one, which one client holds whole. */
    static String addressOf(String remoteAddress) {
        try {
            InetAddress address = InetAddress.getByName(remoteAddress);   // a literal address: no lookup
            if (address instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(address.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return address.getHostAddress();
        }
        catch (UnknownHostException notALiteral) {
            return remoteAddress;
        }
    }

    private BucketProxy bucket(String key, long capacity) {
        return buckets.computeIfAbsent(key + " " + capacity, ignored -> {
            BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, WINDOW)).build();
            var builder = store.builder();
            if (capacity >= 100) {
                // a busy caller's instance syncs with the database every 1% of the limit or 100 ms, not on every request;
                // together the instances may let through that much more than the limit
                builder = builder.withOptimization(Optimizations.delaying(new DelayParameters(capacity / 100, Duration.ofMillis(100))));
            }
            return builder.build(key, () -> configuration);
        });
    }
}
