package org.parley.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/** The id that ties a response, its problem and its log line together: the caller's, if sane, else a new one. */
final class RequestIds {

    static final String HEADER = "X-Request-Id";

    static final String MDC_KEY = "requestId";

    // ids are echoed into headers and logs, so only short, plain ones are taken over
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    static String accept(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** The id of the request this thread serves, if the request-id filter has seen it. */
    static String current() {
        return MDC.get(MDC_KEY);
    }
}
