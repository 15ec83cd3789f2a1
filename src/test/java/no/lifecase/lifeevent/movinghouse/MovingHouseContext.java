package no.lifecase.lifeevent.movinghouse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.SQLException;
import no.lifecase.testsupport.PostgresDatabase;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context of the tests that have moving house: a database of its own on the embedded PostgreSQL server the
 * other integration tests use, and an engine name of its own. The shared context stays alive beside this one, so the
 * two engines must never meet: with one database they would share tables and take each other's jobs (docs/adr/0039),
 * and Camunda keeps one registry of engines by name per JVM, where the engine REST API of the shared context looks up
 * "default".
 */
public class MovingHouseContext implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = "lifecase_moving_house";
    // Camunda takes no hyphen in an engine name.
    static final String ENGINE = "movinghouse";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var server = PostgresDatabase.server();
        createDatabaseOnce(server);
        TestPropertyValues.of(
                "LIFECASE_DB_URL=" + server.getJdbcUrl("postgres", DATABASE),
                "LIFECASE_DB_USERNAME=postgres",
                "LIFECASE_DB_PASSWORD=postgres",
                "camunda.bpm.process-engine-name=" + ENGINE
        ).applyTo(context);
    }

    private static synchronized void createDatabaseOnce(EmbeddedPostgres server) {
        try (var connection = server.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            try (var existing = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (existing.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }
}
