package org.parley;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.Fixtures.aDelegation;
import static org.parley.Fixtures.aKeyIssue;
import static org.parley.Fixtures.aTalk;

/**
 * Many clients write the same data at once, through two Parley instances on one database. No
 * acknowledged update is lost, and every loser gets the documented answer it would have got had it
 * come second: 412 for a stale ETag, the broken rule for a taken name, and success for a put of what
 * is already there.
 */
class ConcurrentWritesApiTest extends ApiTest {

    private static final int CLIENTS = 20;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static SecondInstance secondInstance;

    @LocalServerPort
    private int port;

    private List<String> instances;

    @BeforeEach
    void startASecondInstanceOnTheSameDatabase() {
        if (secondInstance == null) {
            secondInstance = SecondInstance.start();
        }
        instances = List.of("http://localhost:" + port, secondInstance.url());
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void noAcknowledgedReadModifyWriteIsLostAndEveryLoserGetsPreconditionFailed() throws Exception {
        String path = "/api/v1/key-issues/" + create("/api/v1/key-issues", aKeyIssue("Territory").with("description", ""));
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        race(client -> {
            for (int done = 0; done < 5; ) {
                Answer read = send(client, "GET", path, null, null);
                String token = " c" + client + "n" + done;
                Answer written = send(client, "PUT", path, read.etag(), aKeyIssue("Territory").with("description",
                    read.body().get("description").asString() + token));
                answers.merge(written.status(), 1, Integer::sum);
                if (written.status() == 200) {
                    acknowledged.add(token.strip());
                    done++;
                }
                else {
                    assertThat(written.status()).as(written.body().toString()).isEqualTo(412);
                    assertThat(written.type()).isEqualTo("/problems/precondition-failed");
                }
            }
            return null;
        });
        Answer last = send(0, "GET", path, null, null);
        assertThat(List.of(last.body().get("description").asString().strip().split(" "))).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(last.body().get("version").asLong()).isEqualTo(acknowledged.size());
        assertThat(answers.keySet()).containsOnly(200, 412);
        System.out.printf("read-modify-write race: %d acknowledged, all kept; %d refused with 412%n", acknowledged.size(),
            answers.getOrDefault(412, 0));
    }

    @Test
    void writersThatSendTheSameETagAtOnceGetOneSuccessAndOtherwisePreconditionFailed() throws Exception {
        String path = "/api/v1/talks/" + create("/api/v1/talks", aTalk());
        List<Answer> answers = race(client -> send(client, "PUT", path, "\"0\"", aTalk().with("title", "Round by client " + client)));
        assertThat(answers).filteredOn(a -> a.status() == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 200).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(412);
            assertThat(a.type()).isEqualTo("/problems/precondition-failed");
        });
    }

    @Test
    void overwritesWithAStarAreAllAppliedOneAfterAnother() throws Exception {
        String path = "/api/v1/talks/" + create("/api/v1/talks", aTalk());
        List<Answer> answers = race(client -> send(client, "PUT", path, "*", aTalk().with("title", "Round by client " + client)));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body().toString()).isEqualTo(200));
        assertThat(send(0, "GET", path, null, null).body().get("version").asLong()).isEqualTo(CLIENTS);
    }

    @Test
    void aKeyIssueNameClaimedByManyAtOnceGoesToOneAndTheOthersLearnTheRule() throws Exception {
        List<Answer> answers = race(client -> send(client, "POST", "/api/v1/key-issues", null, aKeyIssue("Security guarantees")));
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 201).allSatisfy(a -> {
            assertThat(a.status()).as(a.body().toString()).isEqualTo(409);
            assertThat(a.type()).isEqualTo("/problems/duplicate-key-issue");
        });
    }

    @Test
    void manyPutsOfTheSameSeatAllSucceed() throws Exception {
        String talk = create("/api/v1/talks", aTalk());
        String delegation = create("/api/v1/delegations", aDelegation());
        String seat = "/api/v1/talks/" + talk + "/participants/" + delegation;
        AtomicInteger turn = new AtomicInteger();
        List<Answer> answers = race(client -> send(client, "PUT", seat, turn.getAndIncrement() % 2 == 0 ? "*" : "\"0\"",
            Map.of("role", "PARTY")));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body().toString()).isIn(200, 201));
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(send(0, "GET", seat, null, null).body().get("role").asString()).isEqualTo("PARTY");
    }

    @Test
    void manyPutsOfTheSameAgendaItemAllSucceed() throws Exception {
        String talk = create("/api/v1/talks", aTalk().ongoing());
        String issue = create("/api/v1/key-issues", aKeyIssue("Territory"));
        String item = "/api/v1/talks/" + talk + "/agenda/" + issue;
        List<Answer> answers = race(client -> send(client, "PUT", item, "\"0\"", Map.of("status", "DISCUSSED", "note", "raised by Kyiv")));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body().toString()).isIn(200, 201));
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
    }

    /** Runs one task per client, all released at once, half of them against each instance. */
    private <T> List<T> race(ClientTask<T> task) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> results = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int id = client;
            results.add(clients.submit((Callable<T>) () -> {
                start.await();
                return task.run(id);
            }));
        }
        start.countDown();
        List<T> answers = new CopyOnWriteArrayList<>();
        for (Future<T> result : results) {
            answers.add(result.get());
        }
        clients.shutdown();
        return answers;
    }

    private Answer send(int client, String method, String path, String ifMatch, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instances.get(client % 2) + path)).timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + ADMIN_TOKEN);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        return new Answer(response.statusCode(), response.headers().firstValue("ETag").orElse(null), json);
    }

    @FunctionalInterface
    private interface ClientTask<T> {

        T run(int client) throws Exception;
    }

    private record Answer(int status, String etag, JsonNode body) {

        String type() {
            return body.path("type").asString();
        }
    }
}
