package no.lifecase.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server (binaries from Maven Central, no Docker) started once for the whole test
 * run and handed to every Spring context as its datasource, exactly as profile "postgres" expects.
 */
public class PostgresDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static EmbeddedPostgres server;

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabase::stop));
        }
        return server;
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // the JVM is ending anyway
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var postgres = server();
        TestPropertyValues.of(
                "LIFECASE_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
                "LIFECASE_DB_USERNAME=postgres",
                "LIFECASE_DB_PASSWORD=postgres"
        ).applyTo(context);
    }
}
