package no.lifecase.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on real PostgreSQL with the production profile plus the register simulators
 * (the registers a test cannot reach), reached over real HTTP, on a random port. One
 * Spring context is shared by all integration tests that use this annotation unchanged. Every answer of Lifecase's API
 * that TestRestTemplate receives is held to the OpenAPI description ({@link ApiContract}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // A staff user for the tests only; profile "postgres" has no demo users.
        "camunda.bpm.admin-user.id=" + LifecaseIT.ADMIN,
        "camunda.bpm.admin-user.password=" + LifecaseIT.ADMIN_PASSWORD,
        // Tests read the register feeds themselves (FeedPoller.poll), so nothing happens behind their back.
        "lifecase.feeds.enabled=false",
        // Tests delete expired case files themselves (CaseFileRetention.deleteExpired), never at a time of night.
        "lifecase.case-file.retention-enabled=false",
        // A register's stopped jobs are tried again after seconds, not a minute, so an outage test need not wait.
        "lifecase.register-circuit.open-for=2s",
        "lifecase.register-circuit.recovery-interval=1s",
        // Prometheus's scrape account, as LIFECASE_METRICS_PASSWORD gives it in production (ADR 0048).
        "lifecase.metrics.scrape-password=" + LifecaseIT.METRICS_PASSWORD,
})
@ActiveProfiles({"postgres", "simulators"})
@ContextConfiguration(initializers = PostgresDatabase.class)
// Metrics at /actuator/prometheus and trace ids in the logs, as in production: Spring Boot's tests leave both out unless
// asked (ADR 0048).
@AutoConfigureObservability
@Import(ApiContractConfiguration.class)
@TestExecutionListeners(listeners = ForgetLanguageChoices.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface LifecaseIT {

    String ADMIN = "itadmin";
    String ADMIN_PASSWORD = "it-admin-password";

    /** The password of the scrape account {@code prometheus}. */
    String METRICS_PASSWORD = "it-metrics-password";
}
