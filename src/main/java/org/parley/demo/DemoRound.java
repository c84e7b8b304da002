package org.parley.demo;

import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Under the {@code demo} profile, loads the Miami round of December 2025 once, so that a new user sees
 * real data at the first request. A database that already holds the round is left as it is. The profile is
 * asked for as the service starts, not made a condition of the bean: a build processed ahead of time (the
 * Docker image's) settles such conditions when it is built, and would never load the round.
 */
@Component
class DemoRound implements ApplicationRunner {

    static final UUID MIAMI = UUID.fromString("33333333-0000-7000-8000-000000000001");

    private static final Logger log = LoggerFactory.getLogger(DemoRound.class);

    private final DataSource dataSource;

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transaction;

    private final boolean loadOnStart;

    DemoRound(DataSource dataSource, JdbcTemplate jdbc, TransactionTemplate transaction, Environment environment,
              @Value("${parley.demo.load-on-start:true}") boolean loadOnStart) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.loadOnStart = loadOnStart && environment.matchesProfiles("demo");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (loadOnStart) {
            load();
        }
    }

    /** Loads the round unless it is there already. */
    void load() {
        transaction.executeWithoutResult(status -> {
            Integer present = jdbc.queryForObject("select count(*) from talks where id = ?", Integer.class, MIAMI);
            if (present != null && present > 0) {
                log.info("Demo round already loaded: talk {}", MIAMI);
                return;
            }
            new ResourceDatabasePopulator(new ClassPathResource("demo/miami-round.sql")).execute(dataSource);
            // loaded as SQL, past the service, so its first revision is written the way the migration wrote that of older records
            jdbc.queryForObject("select parley_history_baseline('baseline')", Long.class);
            log.info("Loaded the demo round: talk {} in Miami, 20-21 December 2025", MIAMI);
        });
    }
}
