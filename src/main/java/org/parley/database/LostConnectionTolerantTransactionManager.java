package org.parley.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Rolls back as JPA does, except on a connection that the failure being rolled back already lost:
 * PostgreSQL ended that transaction with the connection, and the rollback's own failure would take the
 * place of the failure that tells why the request failed.
 */
class LostConnectionTolerantTransactionManager extends JpaTransactionManager {

    private static final Logger log = LoggerFactory.getLogger(LostConnectionTolerantTransactionManager.class);

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        try {
            super.doRollback(status);
        }
        catch (TransactionException | DataAccessException ex) {
            if (DatabaseFailure.of(ex).filter(DatabaseFailure.UNAVAILABLE::equals).isEmpty()) {
                throw ex;
            }
            log.debug("No rollback on a lost connection; PostgreSQL ended the transaction with it", ex);
        }
    }
}
