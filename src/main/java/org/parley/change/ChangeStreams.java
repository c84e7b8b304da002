package org.parley.change;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.parley.database.DatabaseFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Serves change streams. Each instance watches the committed end of the feed in PostgreSQL, so a change
 * written through any instance reaches followers on every instance; each stream then reads its own
 * filtered changes after its own cursor, in batches, on a virtual thread of its own. A stream holds at
 * most one batch in memory and blocks only itself while a slow client reads, and a client that has
 * gone is found by the next write, heartbeats included.
 */
@Component
@EnableConfigurationProperties(ChangeStreamProperties.class)
class ChangeStreams implements SmartLifecycle {

    static final int BATCH = 100;

    private static final Logger log = LoggerFactory.getLogger(ChangeStreams.class);

    private final ChangeService changes;

    private final ChangeStreamProperties properties;

    private final AtomicInteger open = new AtomicInteger();

    /** How many streams may read the feed at once, each on a pooled connection. */
    private final Semaphore reads = new Semaphore(2);

    private final ReentrantLock lock = new ReentrantLock();

    private final Condition moved = lock.newCondition();

    private volatile long head = -1;

    private volatile boolean running;

    private Thread watcher;

    ChangeStreams(ChangeService changes, ChangeStreamProperties properties) {
        this.changes = changes;
        this.properties = properties;
    }

    /**
     * A stream of the changes after {@code after} that match the filter, or null when this instance
     * already serves as many streams as it may.
     */
    SseEmitter follow(ChangeFilter filter, long after) {
        if (open.incrementAndGet() > properties.maxStreams()) {
            open.decrementAndGet();
            return null;
        }
        Stream stream = new Stream(filter, after);
        Thread.ofVirtual().name("change-stream-", after).start(stream::run);
        return stream.emitter;
    }

    @Override
    public void start() {
        running = true;
        watcher = Thread.ofPlatform().daemon().name("change-feed-watcher").start(this::watch);
    }

    @Override
    public void stop() {
        running = false;
        watcher.interrupt();
        signal();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void watch() {
        boolean failing = false;
        while (running) {
            try {
                long latest = changes.latest();
                if (failing) {
                    log.info("Change streams can read the feed again");
                    failing = false;
                }
                if (latest != head) {
                    head = latest;
                    signal();
                }
            }
            catch (RuntimeException e) {
                if (!failing) {
                    log.warn("Change streams cannot read the feed; they wait until the database answers");
                    failing = true;
                }
            }
            try {
                Thread.sleep(properties.pollInterval());
            }
            catch (InterruptedException e) {
                return;
            }
        }
    }

    private void signal() {
        lock.lock();
        try {
            moved.signalAll();
        }
        finally {
            lock.unlock();
        }
    }

    /** Waits until the committed end of the feed moves past {@code seen}, or the time is up; answers whether it moved. */
    private boolean awaitPast(long seen, long nanos) throws InterruptedException {
        lock.lock();
        try {
            while (head <= seen && nanos > 0 && running) {
                nanos = moved.awaitNanos(nanos);
            }
            return head > seen;
        }
        finally {
            lock.unlock();
        }
    }

    private final class Stream {

        private final ChangeFilter filter;

        private final CountDownLatch handedToClient = new CountDownLatch(1);

        private final SseEmitter emitter;

        private volatile boolean closed;

        private long cursor;

        Stream(ChangeFilter filter, long after) {
            this.filter = filter;
            this.cursor = after;
            this.emitter = new SseEmitter(properties.timeout().toMillis()) {
                @Override
                protected void extendResponse(ServerHttpResponse response) {
                    super.extendResponse(response);
                    // proxies that buffer would hold events back
                    response.getHeaders().set("X-Accel-Buffering", "no");
                    response.getHeaders().setCacheControl("no-store");
                    handedToClient.countDown();
                }
            };
            emitter.onCompletion(() -> closed = true);
            emitter.onTimeout(() -> closed = true);
            emitter.onError(error -> closed = true);
        }

        void run() {
            try {
                // events sent before Spring MVC takes the emitter would be buffered without bound
                if (!handedToClient.await(10, TimeUnit.SECONDS)) {
                    return;
                }
                emitter.send(SseEmitter.event().reconnectTime(2000).comment("following changes after " + cursor));
                long lastWrite = System.nanoTime();
                while (!closed && running) {
                    long seen = head;
                    List<ChangeResponse> batch = read();
                    for (ChangeResponse change : batch) {
                        emitter.send(SseEmitter.event().id(Long.toString(change.seq())).name("change").data(change, MediaType.APPLICATION_JSON));
                        cursor = change.seq();
                        lastWrite = System.nanoTime();
                    }
                    if (batch.size() == BATCH) {
                        continue;
                    }
                    if (readSucceeded && seen > cursor) {
                        // everything up to what the watcher saw was committed before the read, which found no more that match
                        cursor = seen;
                    }
                    long quiet = properties.heartbeat().toNanos() - (System.nanoTime() - lastWrite);
                    if ((quiet <= 0 || !awaitPast(seen, quiet)) && !closed) {
                        // the id lets a reconnecting client resume past the changes its filters left out
                        emitter.send(SseEmitter.event().id(Long.toString(cursor)).comment("heartbeat"));
                        lastWrite = System.nanoTime();
                    }
                }
            }
            catch (UnreadableFeed e) {
                emitter.completeWithError(e);
                return;
            }
            catch (IOException | IllegalStateException e) {
                // the client has gone, or the stream has timed out; it reconnects with Last-Event-ID if it wants more
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finally {
                open.decrementAndGet();
                emitter.complete();
            }
        }

        private boolean readSucceeded;

        /**
         * The next batch after the cursor; while the database does not answer, none, and the stream waits for
         * it. Streams read a few at a time, so that a commit followed by hundreds of streams leaves the pool
         * to the requests. Any other failure ends the stream.
         */
        private List<ChangeResponse> read() throws InterruptedException {
            readSucceeded = false;
            reads.acquire();
            try {
                List<ChangeResponse> batch = changes.read(cursor, filter, BATCH);
                readSucceeded = true;
                return batch;
            }
            catch (RuntimeException e) {
                if (DatabaseFailure.of(e).filter(f -> f == DatabaseFailure.UNAVAILABLE || f == DatabaseFailure.TIMEOUT).isPresent()) {
                    return List.of();
                }
                log.error("A change stream cannot read the feed after {} and ends", cursor, e);
                throw new UnreadableFeed(e);
            }
            finally {
                reads.release();
            }
        }
    }

    /** A failure reading the feed that waiting will not cure. */
    private static final class UnreadableFeed extends RuntimeException {

        UnreadableFeed(Throwable cause) {
            super(cause);
        }
    }
}
