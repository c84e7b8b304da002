package org.parley.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.hibernate.jpa.HibernateHints;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What an export of a list needs from the database: the ids a list's filters select, every one of them
 * in the list's order, read through one cursor in batches, so that a million rows cost the memory of a
 * batch; and waits bounded for a long read rather than for a request. An export reads one snapshot, in
 * one read-only transaction, so that its rows agree with each other.
 */
@Component
public class Exports {

    /** Rows fetched from the cursor at a time, and ids handed to a batch. */
    public static final int BATCH = 500;

    private final IdPages idPages;

    private final DataSource dataSource;

    private final JdbcClient jdbc;

    private final Duration statementTimeout;

    private final Duration idleTimeout;

    Exports(IdPages idPages, DataSource dataSource, JdbcClient jdbc,
            @Value("${parley.export.statement-timeout:30s}") Duration statementTimeout,
            @Value("${parley.export.idle-timeout:60s}") Duration idleTimeout) {
        this.idPages = idPages;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.statementTimeout = statementTimeout;
        this.idleTimeout = idleTimeout;
    }

    /**
     * Gives the current transaction's statements {@code parley.export.statement-timeout} (a request has one
     * second), and waits on a client reading slowly up to {@code parley.export.idle-timeout} between them;
     * the pool restores the connection's own limits when it is handed back.
     */
    public void allowLongReads() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An export runs in a transaction");
        }
        jdbc.sql("select set_config('statement_timeout', ?, true), set_config('idle_in_transaction_session_timeout', ?, true)")
            .params(String.valueOf(statementTimeout.toMillis()), String.valueOf(idleTimeout.toMillis())).query().singleRow();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            // the reply timeout of the socket, a little past the statement's, so that PostgreSQL cancels first
            connection.setNetworkTimeout(Runnable::run, (int) statementTimeout.plusMillis(300).toMillis());
        }
        catch (SQLException ex) {
            throw new DataAccessResourceFailureException("Could not lengthen the reply timeout for an export", ex);
        }
    }

    /**
     * Every id of the {@code type} records that the specification selects, in the order of {@code sort}
     * (by relevance when it says so, as {@code TextMatch} orders), handed on {@link #BATCH} at a time.
     */
    public <T> void forEachBatch(Class<T> type, Specification<T> specification, Sort sort, Consumer<List<UUID>> batch) {
        List<UUID> ids = new ArrayList<>(BATCH);
        try (Stream<UUID> all = idPages.ids(type, specification, sort).setHint(HibernateHints.HINT_FETCH_SIZE, BATCH).getResultStream()) {
            all.forEach(id -> {
                ids.add(id);
                if (ids.size() == BATCH) {
                    batch.accept(List.copyOf(ids));
                    ids.clear();
                }
            });
        }
        if (!ids.isEmpty()) {
            batch.accept(List.copyOf(ids));
        }
    }
}
