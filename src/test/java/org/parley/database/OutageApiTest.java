package org.parley.database;

import java.io.IOException;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.parley.ApiTest;
import org.parley.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Base of the tests in which Parley reaches PostgreSQL through a proxy they cut, silence and slow down. One
 * proxy serves the whole run (its threads are daemons); each test leaves it passing again.
 */
@Import(OutageApiTest.ThroughProxy.class)
abstract class OutageApiTest extends ApiTest {

    static final TcpProxy PROXY = TcpProxy.toTestDatabase();

    @TestConfiguration(proxyBeanMethods = false)
    static class ThroughProxy {

        @Bean
        @Primary
        JdbcConnectionDetails throughProxy() {
            return TestDatabase.server().at("127.0.0.1", PROXY.port());
        }
    }

    @Autowired
    private DataSource dataSource;

    // an outage shorter than the probe's interval leaves dead connections in the pool, each of which would fail
    // one request of the next test; the probe retires them only when it saw the outage
    @AfterEach
    void restoreTheDatabase() throws IOException, SQLException {
        PROXY.pass();
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        afterTheDatabaseIsBack();
    }

    /** What a test class waits for once the database answers again, before its next test. */
    protected void afterTheDatabaseIsBack() {
    }
}
