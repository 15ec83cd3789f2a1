package no.lifecase.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the recorded steps of a start become phases: each moment counted once, in the phase of the step it was spent in. */
class StartupTimesTest {

    private static final Instant JVM_START = Instant.parse("2026-12-01T08:00:00Z");

    private final List<RecordedStep> steps = new ArrayList<>();

    @Test
    void a_steps_time_is_its_phases_less_the_steps_inside_it_that_belong_to_other_phases() {
        var refresh = step(null, "spring.context.refresh", Map.of(), 1.0, 10.0);
        step(refresh, "spring.context.beans.post-process", Map.of(), 1.0, 3.0);
        var webServer = step(refresh, "spring.boot.webserver.create", Map.of(), 3.0, 8.5);
        var engine = bean(webServer, "processEngineFactoryBean", 3.5, 8.0);
        var caseClock = bean(engine, "caseClock", 3.6, 6.0);
        var jpa = bean(caseClock, "entityManagerFactory", 3.7, 5.5);
        bean(jpa, "flywayInitializer", 3.8, 4.3);
        step(engine, ModelDeploymentStep.NAME, Map.of(ModelDeploymentStep.OUTCOME, "deployed 53 resources"), 6.5, 7.5);
        var simulator = bean(refresh, "simulatedPopulation", 8.5, 9.0);
        bean(simulator, "httpSecurity", 8.6, 8.8);
        bean(refresh, "caseController", 9.0, 9.5);

        var times = new StartupTimes(JVM_START, at(11.0), steps, "simulatedPopulation"::equals);

        assertThat(times.phases()).containsExactly(
                entry(StartupPhase.JVM_AND_SETTINGS, seconds(1.0)),
                entry(StartupPhase.BEAN_DEFINITIONS, seconds(2.0)),
                entry(StartupPhase.DATABASE_MIGRATION, seconds(0.5)),
                entry(StartupPhase.JPA, seconds(1.3)),
                // 4.5 s in the engine's bean, less 1.8 s of JPA and 1 s of deployment; the case clock is the engine's
                entry(StartupPhase.ENGINE, seconds(1.7)),
                entry(StartupPhase.MODEL_DEPLOYMENT, seconds(1.0)),
                // 5.5 s creating the web server less 4.5 s of the engine, and 0.5 s starting it after the last bean
                entry(StartupPhase.WEB_SERVER, seconds(1.5)),
                entry(StartupPhase.SIMULATORS, seconds(0.5)),
                entry(StartupPhase.OTHER_BEANS, seconds(0.5)),
                entry(StartupPhase.SET_UP_AFTER_START, seconds(1.0)));
        assertThat(times.phases().values().stream().reduce(Duration.ZERO, Duration::plus)).isEqualTo(times.total()).isEqualTo(seconds(11.0));
        assertThat(times.outcomeOf(StartupPhase.MODEL_DEPLOYMENT)).isEqualTo("deployed 53 resources");
        assertThat(times.slowestBeans(StartupPhase.SIMULATORS, 3)).containsExactly(
                entry("simulatedPopulation", seconds(0.3)), entry("httpSecurity", seconds(0.2)));
        assertThat(times.slowestBeans(StartupPhase.ENGINE, 2)).containsExactly(
                entry("processEngineFactoryBean", seconds(1.1)), entry("caseClock", seconds(0.6)));
    }

    @Test
    void without_recorded_steps_the_whole_start_is_one_phase() {
        var times = new StartupTimes(JVM_START, at(7.5), List.of(), name -> false);

        assertThat(times.phases()).containsExactly(entry(StartupPhase.JVM_AND_SETTINGS, seconds(7.5)));
        assertThat(times.slowestBeans(StartupPhase.OTHER_BEANS, 3)).isEmpty();
    }

    private RecordedStep bean(RecordedStep parent, String name, double start, double end) {
        return step(parent, "spring.beans.instantiate", Map.of("beanName", name), start, end);
    }

    private RecordedStep step(RecordedStep parent, String name, Map<String, String> tags, double start, double end) {
        var step = new RecordedStep(steps.size(), parent == null ? null : parent.id(), name, tags, at(start), at(end));
        steps.add(step);
        return step;
    }

    private static Instant at(double seconds) {
        return JVM_START.plus(seconds(seconds));
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
