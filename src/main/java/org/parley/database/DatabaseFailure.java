package org.parley.database;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import java.util.Set;

import org.hibernate.StaleStateException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What went wrong between Parley and PostgreSQL, read from the cause chain of a failure, so that the
 * web layer answers each kind truthfully and a write that merely lost a race can be run again.
 */
public enum DatabaseFailure {

    /** PostgreSQL refused or dropped the connection, stopped answering, or no pooled connection came free in time. */
    UNAVAILABLE,

    /** A statement ran past PostgreSQL's {@code statement_timeout}. */
    TIMEOUT,

    /**
     * A concurrent transaction got there first: an optimistic-lock miss, a unique or foreign key that
     * was free when checked, a serialization failure or a deadlock. Running the use case again judges it
     * against what won.
     */
    LOST_RACE,

    /** A value PostgreSQL cannot hold, such as text with a NUL character (SQLSTATE class 22). */
    UNSTORABLE_VALUE;

    // connection exceptions are class 08; admin_shutdown, crash_shutdown, cannot_connect_now; too_many_connections
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    // unique, exclusion and foreign-key violations that the services' own checks ruled out; serialization failure; deadlock
    private static final Set<String> RACE_STATES = Set.of("23505", "23P01", "23503", "40001", "40P01");

    private static final String QUERY_CANCELED = "57014";

    // what the pool says of a connection it closed after a connection failure, when the transaction then tries to roll back
    private static final String CLOSED_BY_POOL = "Connection is closed";

    public static Optional<DatabaseFailure> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException || cause instanceof StaleStateException) {
                return Optional.of(LOST_RACE);
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SocketTimeoutException
                || cause instanceof ConnectException) {
                return Optional.of(UNAVAILABLE);
            }
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                return of(rollback.getApplicationException());
            }
            if (cause instanceof SQLException sql && sql.getSQLState() == null && CLOSED_BY_POOL.equals(sql.getMessage())) {
                return Optional.of(UNAVAILABLE);
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)) {
                    return Optional.of(UNAVAILABLE);
                }
                if (state.equals(QUERY_CANCELED)) {
                    return Optional.of(TIMEOUT);
                }
                if (RACE_STATES.contains(state)) {
                    return Optional.of(LOST_RACE);
                }
                if (state.startsWith("22")) {
                    return Optional.of(UNSTORABLE_VALUE);
                }
            }
        }
        return Optional.empty();
    }
}
