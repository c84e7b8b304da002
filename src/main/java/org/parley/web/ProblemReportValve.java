package org.parley.web;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Answers as a problem what Tomcat refuses before the request reaches Parley (a malformed path escape,
 * an over-long request line, too many headers, CONNECT), where Tomcat would send an HTML page.
 */
class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    private final JsonMapper json;

    ProblemReportValve(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String requestId = RequestIds.accept(request.getHeader(RequestIds.HEADER));
        ProblemDetail problem = Problems.forStatus(status);
        problem.setProperty("requestId", requestId);
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        catch (IllegalArgumentException | NullPointerException unparseable) {
            // what the server could not read names no instance
        }
        log.info("[{}] {} {} -> {} refused by the server: {}", requestId, request.getMethod(), request.getRequestURI(), status,
            response.getMessage());
        try {
            response.setHeader(RequestIds.HEADER, requestId);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(Problems.members(problem)));
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException ex) {
            log.debug("Could not write the problem for a refused request", ex);
        }
    }
}
