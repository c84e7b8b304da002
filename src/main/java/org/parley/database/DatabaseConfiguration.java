package org.parley.database;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.resilience.annotation.EnableResilientMethods;

/** Turns on the retry of {@link Write} use cases, around their transactions, and the transaction manager they run in. */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods
class DatabaseConfiguration {

    // as Spring Boot would make it, but with the rollback that tolerates a lost connection
    @Bean
    JpaTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
        JpaTransactionManager transactionManager = new LostConnectionTolerantTransactionManager();
        customizers.ifAvailable(all -> all.customize(transactionManager));
        return transactionManager;
    }
}
