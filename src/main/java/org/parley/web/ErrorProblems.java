package org.parley.web;

import java.net.URI;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.database.DatabaseFailure;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page the servlet container dispatches to: for what a filter refused (with the problem it
 * prepared), for a failure that escaped Spring MVC, and for methods such as TRACE that the container
 * refuses itself. No client has to parse a second error format.
 */
@Hidden
@RestController
class ErrorProblems implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Object> error(HttpServletRequest request, HttpServletResponse response) {
        // the container may refuse a request before the request-id filter ever sees it
        if (response.getHeader(RequestIds.HEADER) == null) {
            response.setHeader(RequestIds.HEADER, RequestIds.accept(request.getHeader(RequestIds.HEADER)));
        }
        Optional<DatabaseFailure> failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable escaped
            ? DatabaseFailure.of(escaped) : Optional.empty();
        ProblemDetail problem = request.getAttribute(Problems.PREPARED) instanceof ProblemDetail prepared ? prepared
            // a filter that reached the database before Spring MVC (the API token's lookup, say) met its outage
            : failure.isPresent() ? Problems.ofDatabaseFailure(failure.get())
            : Problems.forStatus(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
                && status >= 400 && status <= 599 ? status : HttpStatus.INTERNAL_SERVER_ERROR.value());
        problem.setProperty("requestId", response.getHeader(RequestIds.HEADER));
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            try {
                problem.setInstance(URI.create(uri));
            }
            catch (IllegalArgumentException unparseable) {
                // a path the container refused may be no URI at all; the problem then names none
            }
        }
        return Problems.answer(problem);
    }
}
