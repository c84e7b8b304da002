package org.parley;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second Parley on the test run's database, as a load balancer would put beside the first: what one
 * instance writes, the other must see. Started once per test class that asks for it.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static SecondInstance start(String... properties) {
        return on(TestDatabase.server(), properties);
    }

    /** A Parley on a database of the test's own, such as one migrated only part of the way before the test filled it. */
    public static SecondInstance on(TestDatabase.Server database, String... properties) {
        // the tests make requests faster than any caller may, unless they set the limits themselves
        boolean limited = java.util.Arrays.stream(properties).anyMatch(p -> p.startsWith("--parley.rate-limits."));
        String[] args = new String[properties.length + 6];
        args[0] = "--server.port=0";
        args[1] = "--spring.datasource.url=" + database.getJdbcUrl();
        args[2] = "--spring.datasource.username=" + database.username();
        args[3] = "--spring.datasource.password=" + database.password();
        args[4] = "--parley.access.admin-token=" + ApiTest.ADMIN_TOKEN;
        args[5] = limited ? "--parley.rate-limits.per-caller=1200" : "--parley.rate-limits.enabled=false";
        System.arraycopy(properties, 0, args, 6, properties.length);
        return new SecondInstance(new SpringApplicationBuilder(ParleyApplication.class).run(args));
    }

    public String url() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
