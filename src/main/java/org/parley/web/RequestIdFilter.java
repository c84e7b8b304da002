package org.parley.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tags every request with an id, the caller's {@code X-Request-Id} or a new one, so that a problem a user
 * reports can be found in the log: every line logged while the request is served carries it, and so does
 * the access log's line when the access log is on. An id the caller sends that cannot be echoed safely is
 * refused.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String offered = request.getHeader(RequestIds.HEADER);
        String requestId = RequestIds.accept(offered);
        response.setHeader(RequestIds.HEADER, requestId);
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            if (offered != null && !offered.equals(requestId)) {
                // an id the caller would look for in vain is refused rather than silently replaced
                Problems.refuse(request, response, Problems.invalid(RequestIds.HEADER, RequestIds.FORM));
                return;
            }
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
