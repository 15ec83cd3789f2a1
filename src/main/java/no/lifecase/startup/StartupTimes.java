package no.lifecase.startup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Divides the time from the JVM's start to now into {@link StartupPhase}s, from the steps Spring recorded while the
 * context was refreshed. Steps nest (the engine's bean needs the JPA repositories, which need the migrated database):
 * a step's time belongs to its phase minus the time of the steps inside it that belong to another phase, so every
 * moment is counted once.
 */
final class StartupTimes {

    private static final String REFRESH = "spring.context.refresh";
    private static final String BEAN_DEFINITIONS = "spring.context.beans.post-process";
    private static final String WEB_SERVER = "spring.boot.webserver.create";
    private static final String BEAN = "spring.beans.instantiate";
    private static final String BEAN_NAME = "beanName";

    private final Map<StartupPhase, Duration> times = new EnumMap<>(StartupPhase.class);
    private final Map<StartupPhase, Map<String, Duration>> beans = new EnumMap<>(StartupPhase.class);
    private final Map<StartupPhase, String> outcomes = new EnumMap<>(StartupPhase.class);
    private final Duration total;

    /**
     * @param jvmStart        when the JVM started
     * @param now             when start-up is over (the application is ready)
     * @param recorded        the steps Spring recorded
     * @param simulatorBean   whether a bean name is one of the simulators'
     */
    StartupTimes(Instant jvmStart, Instant now, List<RecordedStep> recorded, Predicate<String> simulatorBean) {
        this.total = Duration.between(jvmStart, now);
        var children = new HashMap<Long, List<RecordedStep>>();
        RecordedStep refresh = null;
        for (var step : recorded) {
            if (step.parentId() != null) {
                children.computeIfAbsent(step.parentId(), id -> new ArrayList<>()).add(step);
            }
            if (REFRESH.equals(step.name()) && refresh == null) {
                refresh = step;
            }
        }
        if (refresh == null) {
            add(StartupPhase.JVM_AND_SETTINGS, total);
            return;
        }
        add(StartupPhase.JVM_AND_SETTINGS, Duration.between(jvmStart, refresh.start()));
        add(StartupPhase.OTHER_BEANS, refresh.duration());
        var lastStepInRefresh = refresh.start();
        for (var child : children.getOrDefault(refresh.id(), List.of())) {
            attribute(child, StartupPhase.OTHER_BEANS, children, simulatorBean);
            lastStepInRefresh = child.end().isAfter(lastStepInRefresh) ? child.end() : lastStepInRefresh;
        }
        // After the last bean, the refresh starts the lifecycle beans: Tomcat begins to listen there.
        move(Duration.between(lastStepInRefresh, refresh.end()), StartupPhase.OTHER_BEANS, StartupPhase.WEB_SERVER);
        add(StartupPhase.SET_UP_AFTER_START, Duration.between(refresh.end(), now));
    }

    /** The phases that took any time or had any step, in the order they happen. */
    Map<StartupPhase, Duration> phases() {
        return times;
    }

    Duration total() {
        return total;
    }

    /** What a phase's step said about its outcome, if anything (the model deployment does). */
    String outcomeOf(StartupPhase phase) {
        return outcomes.get(phase);
    }

    /** The beans of a phase that took longest on their own, without the beans they needed. */
    List<Map.Entry<String, Duration>> slowestBeans(StartupPhase phase, int count) {
        return beans.getOrDefault(phase, Map.of()).entrySet().stream()
                .sorted(Map.Entry.<String, Duration>comparingByValue(Comparator.reverseOrder()))
                .limit(count).toList();
    }

    private void attribute(RecordedStep step, StartupPhase parentPhase, Map<Long, List<RecordedStep>> children,
                           Predicate<String> simulatorBean) {
        var phase = phaseOf(step, simulatorBean);
        if (phase == null) {
            phase = parentPhase;
        } else if (phase != parentPhase) {
            move(step.duration(), parentPhase, phase);
        }
        if (step.tag(ModelDeploymentStep.OUTCOME) != null) {
            outcomes.put(phase, step.tag(ModelDeploymentStep.OUTCOME));
        }
        var own = step.duration();
        for (var child : children.getOrDefault(step.id(), List.of())) {
            own = own.minus(child.duration());
            attribute(child, phase, children, simulatorBean);
        }
        var beanName = step.tag(BEAN_NAME);
        if (BEAN.equals(step.name()) && beanName != null) {
            beans.computeIfAbsent(phase, p -> new HashMap<>()).merge(beanName, own, Duration::plus);
        }
    }

    private static StartupPhase phaseOf(RecordedStep step, Predicate<String> simulatorBean) {
        return switch (step.name()) {
            case BEAN_DEFINITIONS -> StartupPhase.BEAN_DEFINITIONS;
            case WEB_SERVER -> StartupPhase.WEB_SERVER;
            case ModelDeploymentStep.NAME -> StartupPhase.MODEL_DEPLOYMENT;
            case BEAN -> step.tag(BEAN_NAME) == null ? null : phaseOfBean(step.tag(BEAN_NAME), simulatorBean);
            default -> null;
        };
    }

    /** By the names Spring Boot's and Camunda's auto-configuration give these beans; other beans by their package. */
    private static StartupPhase phaseOfBean(String beanName, Predicate<String> simulatorBean) {
        return switch (beanName) {
            case "flyway", "flywayInitializer" -> StartupPhase.DATABASE_MIGRATION;
            case "entityManagerFactory" -> StartupPhase.JPA;
            case "processEngineFactoryBean", "processEngineConfigurationImpl" -> StartupPhase.ENGINE;
            default -> simulatorBean.test(beanName) ? StartupPhase.SIMULATORS : null;
        };
    }

    private void add(StartupPhase phase, Duration time) {
        times.merge(phase, time, Duration::plus);
    }

    private void move(Duration time, StartupPhase from, StartupPhase to) {
        add(from, time.negated());
        add(to, time);
    }
}
