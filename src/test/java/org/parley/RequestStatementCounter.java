package org.parley;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements that request threads send through the application's pool, whoever sends
 * them: Hibernate, or plain JDBC. Hibernate's own statistics see only the former.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RequestStatementCounter {

    private static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");

    private final AtomicLong count = new AtomicLong();

    public long count() {
        return count.get();
    }

    public void clear() {
        count.set(0);
    }

    @Bean
    static BeanPostProcessor countingDataSource(RequestStatementCounter counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && name.equals("dataSource") ? counter.counting(dataSource) : bean;
            }
        };
    }

    private DataSource counting(DataSource target) {
        return new DelegatingDataSource(target) {
            @Override
            public Connection getConnection() throws SQLException {
                return counted(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return counted(super.getConnection(username, password));
            }
        };
    }

    private Connection counted(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class }, (proxy, method, args) -> {
            // Tomcat's request threads, not the readiness probe's or a stream's
            if (PREPARING.contains(method.getName()) && Thread.currentThread().getName().contains("-exec-")) {
                count.incrementAndGet();
            }
            try {
                return method.invoke(connection, args);
            }
            catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
