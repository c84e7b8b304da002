package org.parley.change;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ApiTest;
import org.parley.SecondInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aTalk;

/**
 * Followers of the feed, on two instances that both write: a cursor misses nothing and sees nothing
 * twice whatever the commit order, and a stream delivers what any instance commits and resumes where
 * a dropped connection left off.
 */
class ChangeFollowingApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final int MAX_STREAMS = 2;

    /** The second instance beats quickly, so that a test sees heartbeats without waiting 15 seconds, and serves few streams. */
    private static SecondInstance second;

    @LocalServerPort
    private int port;

    private String first;

    @BeforeEach
    void startASecondInstanceOnTheSameDatabase() {
        if (second == null) {
            second = SecondInstance.start("--parley.changes.heartbeat=300ms", "--parley.changes.poll-interval=50ms",
                "--parley.changes.max-streams=" + MAX_STREAMS);
        }
        first = "http://localhost:" + port;
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aCursorPolledWhileTwoInstancesWriteMissesNothingAndSeesNothingTwice() throws Exception {
        long start = latest(first);
        int writers = 8;
        int writesEach = 25;
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        Future<List<JsonNode>> reader = pool.submit(() -> {
            List<JsonNode> seen = new ArrayList<>();
            long cursor = start;
            for (int poll = 0; writing.get() || cursor < latest(first); poll++) {
                JsonNode page = getJson((poll % 2 == 0 ? first : second.url()) + "/api/v1/changes?limit=7&after=" + cursor);
                page.get("content").forEach(seen::add);
                cursor = page.get("next").asLong();
            }
            return seen;
        });
        List<Future<?>> writes = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String base = w % 2 == 0 ? first : second.url();
            int writer = w;
            writes.add(pool.submit(() -> {
                for (int i = 0; i < writesEach; i++) {
                    HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/key-issues"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(aKeyIssue("Issue " + writer + "-" + i)))));
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    acknowledged.add(JSON.readTree(created.body()).get("id").asString());
                }
                return null;
            }));
        }
        for (Future<?> write : writes) {
            write.get(120, TimeUnit.SECONDS);
        }
        writing.set(false);
        List<JsonNode> seen = reader.get(120, TimeUnit.SECONDS);
        pool.shutdown();
        int total = writers * writesEach;
        assertThat(seen.stream().map(change -> change.get("seq").asLong()))
            .containsExactlyElementsOf(LongStream.rangeClosed(start + 1, start + total).boxed().toList());
        assertThat(seen.stream().map(change -> change.get("id").asString())).containsExactlyInAnyOrderElementsOf(acknowledged);
        System.out.printf("change feed under %d writers on two instances: %d changes read by a polling cursor, no gap, no repeat%n",
            writers, seen.size());
    }

    @Test
    void aStreamOnOneInstanceDeliversWhatTheOtherCommits() throws Exception {
        try (EventStream stream = EventStream.open(second.url() + "/api/v1/changes/stream?type=TALK", null)) {
            String talk = create("/api/v1/talks", aTalk());
            create("/api/v1/key-issues", aKeyIssue("Territory"));
            put("/api/v1/talks/" + talk, aTalk().ongoing()).expectStatus().isOk();
            Event created = stream.nextChange();
            Event updated = stream.nextChange();
            assertThat(created.data().get("id").asString()).isEqualTo(talk);
            assertThat(created.data().get("action").asString()).isEqualTo("CREATED");
            assertThat(updated.data().get("action").asString()).isEqualTo("UPDATED");
            assertThat(updated.id()).isEqualTo(updated.data().get("seq").asString());
            assertThat(Long.parseLong(updated.id())).isGreaterThan(Long.parseLong(created.id()));
        }
    }

    @Test
    void aStreamResumedWithLastEventIdContinuesWhereTheDroppedOneStopped() throws Exception {
        long start = latest(first);
        String lastId;
        try (EventStream stream = EventStream.open(first + "/api/v1/changes/stream?after=" + start, null)) {
            for (int i = 0; i < 3; i++) {
                create("/api/v1/key-issues", aKeyIssue("Issue " + i));
            }
            stream.nextChange();
            lastId = stream.nextChange().id();
        }
        for (int i = 3; i < 6; i++) {
            create("/api/v1/key-issues", aKeyIssue("Issue " + i));
        }
        try (EventStream resumed = EventStream.open(second.url() + "/api/v1/changes/stream?after=0", lastId)) {
            List<Long> seqs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                seqs.add(Long.parseLong(resumed.nextChange().id()));
            }
            assertThat(seqs).containsExactly(start + 3, start + 4, start + 5, start + 6);
        }
    }

    @Test
    void aQuietStreamSendsHeartbeats() throws Exception {
        try (EventStream stream = EventStream.open(second.url() + "/api/v1/changes/stream", null)) {
            assertThat(stream.nextComment()).startsWith("following changes after");
            assertThat(stream.nextComment()).isEqualTo("heartbeat");
            assertThat(stream.nextComment()).isEqualTo("heartbeat");
        }
    }

    @Test
    void aFilteredStreamOnABusyFeedStillBeatsAndMovesItsIdPastWhatItLeavesOut() throws Exception {
        long start = latest(first);
        try (EventStream stream = EventStream.open(second.url() + "/api/v1/changes/stream?type=PERSON&after=" + start, null)) {
            assertThat(stream.nextComment()).startsWith("following changes after");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            Event beat = null;
            for (int i = 0; System.nanoTime() < deadline && beat == null; i++) {
                create("/api/v1/key-issues", aKeyIssue("Busy " + i));
                beat = stream.poll(100);
            }
            assertThat(beat).as("a heartbeat while other records change every 100 ms").isNotNull();
            assertThat(beat.comment()).isEqualTo("heartbeat");
            assertThat(Long.parseLong(beat.id())).isGreaterThan(start);
        }
    }

    @Test
    void anInstanceServingAllTheStreamsItMayRefusesTheNextWithRetryAfter() throws Exception {
        try (EventStream one = EventStream.open(second.url() + "/api/v1/changes/stream", null);
             EventStream two = EventStream.open(second.url() + "/api/v1/changes/stream", null)) {
            HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(second.url() + "/api/v1/changes/stream"))
                .header("Accept", "text/event-stream").GET());
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(JSON.readTree(refused.body()).get("type").asString()).isEqualTo("/problems/streams-full");
            assertThat(one.nextComment()).isNotNull();
            assertThat(two.nextComment()).isNotNull();
        }
        // a closed stream is noticed at its next heartbeat, and its place taken
        EventStream.open(second.url() + "/api/v1/changes/stream", null).close();
    }

    @Test
    void aStreamAnswersWithTheHeadersOfAnEventStream() throws Exception {
        try (EventStream stream = EventStream.open(first + "/api/v1/changes/stream", null)) {
            assertThat(stream.response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(stream.response.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void aMalformedLastEventIdOrCursorIsAProblemNotAStream() throws Exception {
        for (String[] request : List.of(new String[] { "/api/v1/changes/stream", "yesterday" }, new String[] { "/api/v1/changes/stream?after=-5", null },
            new String[] { "/api/v1/changes/stream?type=NOTHING", null })) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(first + request[0])).header("Accept", "text/event-stream");
            if (request[1] != null) {
                builder.header("Last-Event-ID", request[1]);
            }
            HttpResponse<String> response = send(builder.GET());
            assertThat(response.statusCode()).as(request[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(JSON.readTree(response.body()).get("type").asString()).isEqualTo("/problems/invalid-input");
        }
    }

    @Test
    void aStreamAskedForAsJsonIsNotAcceptable() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(first + "/api/v1/changes/stream")).header("Accept", "application/json").GET());
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static long latest(String base) throws Exception {
        return getJson(base + "/api/v1/changes?limit=1").get("latest").asLong();
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url)).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + ADMIN_TOKEN).build(),
            HttpResponse.BodyHandlers.ofString());
    }

    private record Event(String id, String name, JsonNode data, String comment) {
    }

    /** A Server-Sent Events client: each event or comment read on a thread of its own, as it arrives. */
    private static final class EventStream implements AutoCloseable {

        private final HttpResponse<InputStream> response;

        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

        private EventStream(HttpResponse<InputStream> response) {
            this.response = response;
            Thread.ofVirtual().start(this::read);
        }

        static EventStream open(String url, String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpRequest get = request.GET().build();
            HttpResponse<InputStream> response = CLIENT.send(get, HttpResponse.BodyHandlers.ofInputStream());
            // streams a test closed count until their next heartbeat finds them gone
            for (int tries = 0; response.statusCode() == 503 && tries < 20; tries++) {
                response.body().close();
                Thread.sleep(200);
                response = CLIENT.send(get, HttpResponse.BodyHandlers.ofInputStream());
            }
            assertThat(response.statusCode()).isEqualTo(200);
            return new EventStream(response);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String id = null;
                String name = null;
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(":")) {
                        events.add(new Event(id, null, null, line.substring(1)));
                    }
                    else if (line.startsWith("id:")) {
                        id = line.substring(3);
                    }
                    else if (line.startsWith("event:")) {
                        name = line.substring(6);
                    }
                    else if (line.startsWith("data:")) {
                        data.append(line.substring(5));
                    }
                    else if (line.isEmpty() && name != null) {
                        events.add(new Event(id, name, JSON.readTree(data.toString()), null));
                        id = null;
                        name = null;
                        data.setLength(0);
                    }
                }
            }
            catch (IOException e) {
                // closed by the test
            }
        }

        Event nextChange() throws InterruptedException {
            while (true) {
                Event event = next();
                if (event.comment() == null) {
                    assertThat(event.name()).isEqualTo("change");
                    return event;
                }
            }
        }

        String nextComment() throws InterruptedException {
            while (true) {
                Event event = next();
                if (event.comment() != null) {
                    return event.comment();
                }
            }
        }

        /** The next event or comment if one comes within the time, else null. */
        Event poll(long millis) throws InterruptedException {
            return events.poll(millis, TimeUnit.MILLISECONDS);
        }

        private Event next() throws InterruptedException {
            Event event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("an event within 10 s").isNotNull();
            return event;
        }

        @Override
        public void close() throws IOException {
            response.body().close();
        }
    }
}
