package org.parley.database;

import java.lang.reflect.Method;

import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Retries a {@link Write} only when it lost a race; every other failure is the answer. */
class LostRace implements MethodRetryPredicate {

    @Override
    public boolean shouldRetry(Method method, Throwable failure) {
        // inside a transaction the caller began, PostgreSQL has aborted it: the caller, not this method, runs it again
        return DatabaseFailure.of(failure).filter(DatabaseFailure.LOST_RACE::equals).isPresent()
            && !TransactionSynchronizationManager.isActualTransactionActive();
    }
}
