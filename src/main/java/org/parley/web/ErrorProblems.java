package org.parley.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors raised outside Spring MVC (by the servlet container, or for methods such as TRACE) still
 * reach the caller as problems, so that no client has to parse a second error format.
 */
@Hidden
@RestController
class ErrorProblems implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
            : HttpStatus.INTERNAL_SERVER_ERROR;
        String slug = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
        ProblemDetail problem = ProblemHandler.problem(status, status.is5xxServerError() ? "internal-error" : slug,
            status.getReasonPhrase(), status.is5xxServerError() ? "An unexpected error occurred and has been logged"
                : "The request was refused: " + status.getReasonPhrase());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            try {
                problem.setInstance(java.net.URI.create(uri.toString()));
            }
            catch (IllegalArgumentException unparseable) {
                // a path the container refused may be no URI at all; the problem then names none
            }
        }
        // the container may refuse a request before the request-id filter ever sees it
        String requestId = response.getHeader(RequestIdFilter.HEADER);
        if (requestId == null) {
            requestId = java.util.UUID.randomUUID().toString();
            response.setHeader(RequestIdFilter.HEADER, requestId);
        }
        problem.setProperty("requestId", requestId);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
