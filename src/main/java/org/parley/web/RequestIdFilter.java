package org.parley.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tags every request with an id, the caller's {@code X-Request-Id} if it is sane, and logs one line
 * per request with it, so that a problem a user reports can be found in the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";

    static final String MDC_KEY = "requestId";

    // ids are echoed into headers and logs, so only short, plain ones are taken over
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String offered = request.getHeader(HEADER);
        String requestId = offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        response.setHeader(HEADER, requestId);
        MDC.put(MDC_KEY, requestId);
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        }
        finally {
            log.info("{} {} -> {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                (System.nanoTime() - started) / 1_000_000);
            MDC.remove(MDC_KEY);
        }
    }

    static String current() {
        return MDC.get(MDC_KEY);
    }
}
