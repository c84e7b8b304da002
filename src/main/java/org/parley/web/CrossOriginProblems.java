package org.parley.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/** Refuses a cross-origin request that is not allowed with a problem, where Spring writes plain text. */
class CrossOriginProblems extends DefaultCorsProcessor {

    @Override
    public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
        if (super.processRequest(config, request, response)) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        String detail = config == null || config.checkOrigin(origin) == null
            ? "Pages from %s may not call this API; the origins allowed are set in parley.cors.allowed-origins".formatted(origin)
            : "Pages from %s may call this API, but not with this method or these request headers".formatted(origin);
        Problems.refuse(request, response, Problems.of(ProblemType.CROSS_ORIGIN_REFUSED, detail));
        return false;
    }

    // processRequest answers, knowing the request
    @Override
    protected void rejectRequest(ServerHttpResponse response) {
    }
}
