package org.parley.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/** The id that ties a response, its problem and its log line together: the caller's, if sane, else a new one. */
public final class RequestIds {

    static final String HEADER = "X-Request-Id";

    static final String MDC_KEY = "requestId";

    static final String FORM = "must be 1 to 100 letters, digits, dots, underscores, colons or hyphens";

    // ids are echoed into headers and logs, so only short, plain ones are taken over
    /** The description publishes the same expression. */
    static final String SANE_FORM = "^[A-Za-z0-9._:-]{1,100}$";

    private static final Pattern SANE = Pattern.compile(SANE_FORM);

    private RequestIds() {
    }

    static String accept(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** The id of the request this thread serves, if the request-id filter has seen it. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
