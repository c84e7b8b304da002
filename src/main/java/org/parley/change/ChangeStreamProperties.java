package org.parley.change;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How change streams are served, under {@code parley.changes}.
 *
 * @param pollInterval how often each instance looks for changes committed by any instance
 * @param heartbeat    the longest a stream stays silent: a comment line then keeps proxies from closing it
 *                     and finds clients that have gone
 * @param timeout      how long one stream lasts before the client reconnects with Last-Event-ID
 * @param maxStreams   the most streams one instance serves at once; more are answered 503
 */
@ConfigurationProperties("parley.changes")
record ChangeStreamProperties(Duration pollInterval, Duration heartbeat, Duration timeout, int maxStreams) {

    ChangeStreamProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(250) : pollInterval;
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        timeout = timeout == null ? Duration.ofMinutes(30) : timeout;
        maxStreams = maxStreams == 0 ? 500 : maxStreams;
    }
}
