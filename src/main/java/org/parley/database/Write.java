package org.parley.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.resilience.annotation.Retryable;
import org.springframework.transaction.annotation.Transactional;

/**
 * A use case that changes data: one read-write transaction, run again from the start when it lost a
 * race to a concurrent one ({@link DatabaseFailure#LOST_RACE}). The rerun judges the request against
 * what won, so every loser gets the answer it would have got had it come second: a stale {@code If-Match}
 * fails its precondition, a name taken meanwhile breaks its rule, and a put of what is already there
 * finds its work done. A race lost on every attempt is answered as a concurrent modification.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional
@Retryable(predicate = LostRace.class, maxRetries = 4, delay = 10, jitter = 10, multiplier = 2)
public @interface Write {
}
