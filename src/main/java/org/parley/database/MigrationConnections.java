package org.parley.database;

import java.util.Properties;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Connections for Flyway, outside the request pool and its tight timeouts: building an index on a large
 * archive may take minutes, which no request may. They still give up on an unreachable server.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConnections {

    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource migrationDataSource(JdbcConnectionDetails database) throws ClassNotFoundException {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("loginTimeout", "30");
        SimpleDriverDataSource dataSource = new SimpleDriverDataSource();
        dataSource.setDriverClass(Class.forName(database.getDriverClassName()).asSubclass(java.sql.Driver.class));
        dataSource.setUrl(database.getJdbcUrl());
        dataSource.setUsername(database.getUsername());
        dataSource.setPassword(database.getPassword());
        dataSource.setConnectionProperties(properties);
        return dataSource;
    }
}
