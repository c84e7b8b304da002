package org.parley.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the query string strictly, before anything else does: a malformed percent-escape or bytes that
 * are not UTF-8 are refused (400) rather than dropped or replaced, so that no filter is silently lost.
 * The servlet container would skip such a parameter, or fail on it with a 500. Everything after this
 * filter sees exactly these parameters, and no body is ever read as parameters: Parley takes no forms.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QueryString extends OncePerRequestFilter {

    /** More parameters than any operation takes, with room for repeated sorts. */
    static final int MAX_PARAMETERS = 100;

    private static final String PARSED = QueryString.class.getName() + ".parsed";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        Map<String, List<String>> parameters;
        try {
            parameters = parse(request.getQueryString());
        }
        catch (Malformed ex) {
            Problems.refuse(request, response, Problems.invalid(ex.parameter, ex.getMessage()));
            return;
        }
        request.setAttribute(PARSED, parameters);
        chain.doFilter(new QueryParametersOnly(request, parameters), response);
    }

    /** The query parameters of a request in the order given, each with all its values. */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> of(HttpServletRequest request) {
        Object parsed = request.getAttribute(PARSED);
        return parsed != null ? (Map<String, List<String>>) parsed : parse(request.getQueryString());
    }

    static Map<String, List<String>> parse(String query) {
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        int count = 0;
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++count > MAX_PARAMETERS) {
                throw new Malformed("query", "has more than " + MAX_PARAMETERS + " parameters");
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), "query");
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), name);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        parameters.replaceAll((name, values) -> Collections.unmodifiableList(values));
        return Collections.unmodifiableMap(parameters);
    }

    private static String decode(String encoded, String parameter) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
                    || Character.digit(encoded.charAt(i + 2), 16) < 0) {
                    throw new Malformed(parameter, "has a malformed percent-escape: % must be followed by two hexadecimal digits "
                        + "(write %25 for % itself)");
                }
                bytes.write(Character.digit(encoded.charAt(i + 1), 16) * 16 + Character.digit(encoded.charAt(i + 2), 16));
                i += 2;
            }
            else if (c == '+') {
                bytes.write(' ');
            }
            else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes.toByteArray()))
                .toString();
        }
        catch (CharacterCodingException ex) {
            throw new Malformed(parameter, "is not UTF-8 text once its percent-escapes are decoded");
        }
    }

    /** The request as the query string alone gives its parameters. */
    private static final class QueryParametersOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        QueryParametersOnly(HttpServletRequest request, Map<String, List<String>> query) {
            super(request);
            query.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }

    static final class Malformed extends RuntimeException {

        private final String parameter;

        Malformed(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }
    }
}
