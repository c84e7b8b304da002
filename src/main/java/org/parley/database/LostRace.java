package org.parley.database;

import java.lang.reflect.Method;

import org.springframework.resilience.retry.MethodRetryPredicate;

/** Retries a {@link Write} only when it lost a race; every other failure is the answer. */
class LostRace implements MethodRetryPredicate {

    @Override
    public boolean shouldRetry(Method method, Throwable failure) {
        return DatabaseFailure.of(failure).filter(DatabaseFailure.LOST_RACE::equals).isPresent();
    }
}
