package org.parley.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on a POST, as Stripe's API has it: the first request with a key runs, and its
 * successful answer is kept with the key, in the same transaction as what it made; a retry with the same key
 * and body gets that answer again ({@code Idempotent-Replayed: true}) and makes nothing; the same key with
 * another body is refused with 422; a retry while the first still runs, with 409. A key belongs to its
 * caller and counts for 24 hours. An answer that is no success is not kept, since nothing was made: a retry
 * runs again. Runs after Spring Security, which names the caller.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";

    static final String REPLAYED = "Idempotent-Replayed";

    static final Duration KEPT = Duration.ofHours(24);

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    // as often as a Write runs a use case that loses races
    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    IdempotencyFilter(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            Problems.refuse(request, response, Problems.invalid(HEADER, "must be 1 to 255 printable ASCII characters, such as a UUID"));
            return;
        }
        // the decoded path, as Spring MVC routes it: /api/v1/%74okens makes a token too
        if (UrlPathHelper.defaultInstance.getPathWithinApplication(request).startsWith("/api/v1/tokens")) {
            Problems.refuse(request, response, Problems.invalid(HEADER,
                "is not taken when making an API token, whose secret is never kept to be answered again"));
            return;
        }
        String caller = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
        byte[] body;
        try {
            body = StreamUtils.copyToByteArray(request.getInputStream());
        }
        catch (BodyLimitFilter.BodyTooLarge tooLarge) {
            Problems.refuse(request, response, Problems.of(ProblemType.CONTENT_TOO_LARGE, tooLarge.getMessage()));
            return;
        }
        byte[] hash = hash(request, body);
        Map<String, List<String>> headersSoFar = response.getHeaderNames().stream().distinct()
            .collect(Collectors.toMap(name -> name, name -> List.copyOf(response.getHeaders(name))));
        HttpServletRequest replayable = new ReplayedBody(request, body);
        ContentCachingResponseWrapper answer;
        Outcome outcome;
        int attempt = 0;
        while (true) {
            ContentCachingResponseWrapper attempted = new ContentCachingResponseWrapper(response);
            try {
                outcome = transactions.execute(status -> run(status, caller, key, hash, replayable, attempted, chain));
            }
            catch (Wrapped wrapped) {
                if (wrapped.getCause() instanceof ServletException servlet) {
                    throw servlet;
                }
                throw (IOException) wrapped.getCause();
            }
            // the use case lost a race inside this transaction, which PostgreSQL has aborted: it runs again in a new one,
            // as a request without a key would be, and its answer is judged against what won
            if (!(outcome instanceof Outcome.LostRace) || ++attempt >= ATTEMPTS) {
                answer = attempted;
                break;
            }
            request.removeAttribute(Problems.LOST_RACE);
            response.reset();
            headersSoFar.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
            sleepBeforeAttempt(attempt);
        }
        switch (outcome) {
            case Outcome.Ran ran -> answer.copyBodyToResponse();
            case Outcome.LostRace lost -> answer.copyBodyToResponse();
            case Outcome.Replayed replayed -> replay(response, replayed);
            case Outcome.Running running -> Problems.refuse(request, response, Problems.of(ProblemType.IDEMPOTENCY_KEY_IN_USE,
                "A request with this Idempotency-Key is still being answered; retry in a moment to get its answer"));
            case Outcome.Reused reused -> Problems.refuse(request, response, Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was used in the last 24 hours for a request with another method, path or body; "
                    + "use a new key for a new request"));
        }
    }

    private Outcome run(TransactionStatus status, String caller, String key, byte[] hash, HttpServletRequest request,
                        ContentCachingResponseWrapper answer, FilterChain chain) {
        // a second request with the key waits for nobody: the first holds this lock until it commits. A key has no
        // space in it, so key and caller joined by one name the pair
        Boolean free = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(? || ' ' || ?, 0))")
            .param(key).param(caller).query(Boolean.class).single();
        if (!free) {
            return new Outcome.Running();
        }
        Optional<Outcome.Replayed> earlier = jdbc.sql("""
                select request_hash, status, content_type, location, etag, body from idempotency_keys
                where caller = ? and key = ? and created_at > now() - make_interval(secs => ?)
                """).param(caller).param(key).param(KEPT.toSeconds())
            .query((row, n) -> new Outcome.Replayed(row.getBytes(1), row.getInt(2), row.getString(3), row.getString(4),
                row.getString(5), row.getBytes(6))).optional();
        if (earlier.isPresent()) {
            return Arrays.equals(earlier.get().requestHash(), hash) ? earlier.get() : new Outcome.Reused();
        }
        try {
            chain.doFilter(request, answer);
        }
        catch (IOException | ServletException e) {
            status.setRollbackOnly();
            throw new Wrapped(e);
        }
        if (!HttpStatusCode.valueOf(answer.getStatus()).is2xxSuccessful()) {
            status.setRollbackOnly();
            return request.getAttribute(Problems.LOST_RACE) != null ? new Outcome.LostRace() : new Outcome.Ran();
        }
        if (status.isRollbackOnly()) {
            // a success whose work is being undone would acknowledge what is not stored
            throw new IllegalStateException("The transaction of a successful request was marked for rollback");
        }
        jdbc.sql("delete from idempotency_keys where (caller, key) in (select caller, key from idempotency_keys "
                + "where created_at <= now() - make_interval(secs => ?) limit 100)").param(KEPT.toSeconds()).update();
        jdbc.sql("""
                insert into idempotency_keys (caller, key, request_hash, status, content_type, location, etag, body, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, now())
                on conflict (caller, key) do update set request_hash = excluded.request_hash, status = excluded.status,
                    content_type = excluded.content_type, location = excluded.location, etag = excluded.etag,
                    body = excluded.body, created_at = excluded.created_at
                """)
            .param(caller).param(key).param(hash).param(answer.getStatus()).param(answer.getContentType())
            .param(answer.getHeader(HttpHeaders.LOCATION)).param(answer.getHeader(HttpHeaders.ETAG)).param(answer.getContentAsByteArray())
            .update();
        return new Outcome.Ran();
    }

    private static void sleepBeforeAttempt(int attempt) throws IOException {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10L << attempt, 20L << attempt));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted between attempts");
        }
    }

    private static void replay(HttpServletResponse response, Outcome.Replayed replayed) throws IOException {
        response.setStatus(replayed.status());
        response.setHeader(REPLAYED, "true");
        if (replayed.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, replayed.location());
        }
        if (replayed.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, replayed.etag());
        }
        if (replayed.contentType() != null) {
            response.setContentType(replayed.contentType());
        }
        response.setContentLength(replayed.body().length);
        response.getOutputStream().write(replayed.body());
    }

    // the same request is the same method, path, query, type and body
    private static byte[] hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String head = request.getMethod() + "\n" + request.getRequestURI() + "?" + request.getQueryString() + "\n" + request.getContentType() + "\n";
            digest.update(head.getBytes(StandardCharsets.UTF_8));
            return digest.digest(body);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The request, its body read once already and read again from memory. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is in memory; there is nothing to wait for");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }

    private sealed interface Outcome {

        record Ran() implements Outcome {
        }

        record Running() implements Outcome {
        }

        record LostRace() implements Outcome {
        }

        record Reused() implements Outcome {
        }

        record Replayed(byte[] requestHash, int status, String contentType, String location, String etag, byte[] body) implements Outcome {
        }
    }

    /** A checked failure of the filter chain, carried out of the transaction callback. */
    private static final class Wrapped extends RuntimeException {

        Wrapped(Exception cause) {
            super(cause);
        }
    }
}
