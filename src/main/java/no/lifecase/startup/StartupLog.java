package no.lifecase.startup;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Logs what start-up did, one line per {@link StartupPhase}, once the application is ready (docs/adr/0049). The steps
 * come from the {@link BufferingApplicationStartup} that {@code LifecaseApplication} starts with; started another way
 * (the tests' Spring contexts), only the time to ready is logged.
 */
@Component
class StartupLog {

    /** Room for every step of a start (about 1 500 now: one per bean, and a few more), with a margin. */
    static final int CAPACITY = 20_000;

    private static final String SIMULATORS = "no.lifecase.simulator.";
    private static final Logger log = LoggerFactory.getLogger(StartupLog.class);

    /** Runs after the other listeners of the ready event, whose set-up belongs to start-up too. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void phases(ApplicationReadyEvent ready) {
        var now = Instant.now();
        var jvmStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        if (!(ready.getApplicationContext().getApplicationStartup() instanceof BufferingApplicationStartup recorded)) {
            log.info("Start-up done: ready in {} s after the JVM started{}", seconds(Duration.between(jvmStart, now)), cpuTimes());
            return;
        }
        var beanFactory = ready.getApplicationContext().getBeanFactory();
        var steps = recorded.getBufferedTimeline().getEvents().stream().map(RecordedStep::of).toList();
        var times = new StartupTimes(jvmStart, now, steps, name -> isSimulator(beanFactory, name));
        int number = 0;
        for (var phase : times.phases().entrySet()) {
            log.info("Start-up phase {}/{} {}: {} s{}", ++number, times.phases().size(), phase.getKey().label(),
                    seconds(phase.getValue()), detail(times, phase.getKey()));
        }
        log.info("Start-up done: ready in {} s after the JVM started{}", seconds(times.total()), cpuTimes());
    }

    /**
     * The CPU time start-up took, in all and on the thread that starts the application (this one). On a machine that
     * other work shares, the time to ready says more about the others than about Lifecase; these say what it needed.
     */
    private static String cpuTimes() {
        var threads = ManagementFactory.getThreadMXBean();
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean system)
                || !threads.isCurrentThreadCpuTimeSupported() || system.getProcessCpuTime() < 0) {
            return "";
        }
        return " (CPU time " + seconds(Duration.ofNanos(system.getProcessCpuTime())) + " s in all, "
                + seconds(Duration.ofNanos(threads.getCurrentThreadCpuTime())) + " s on the main thread)";
    }

    private static String detail(StartupTimes times, StartupPhase phase) {
        if (times.outcomeOf(phase) != null) {
            return " (" + times.outcomeOf(phase) + ")";
        }
        if (phase != StartupPhase.OTHER_BEANS && phase != StartupPhase.SIMULATORS) {
            return "";
        }
        var slowest = times.slowestBeans(phase, 3);
        return slowest.isEmpty() ? "" : slowest.stream().map(bean -> bean.getKey() + " " + seconds(bean.getValue()) + " s")
                .collect(Collectors.joining(", ", " (slowest: ", ")"));
    }

    private static boolean isSimulator(ConfigurableListableBeanFactory beanFactory, String beanName) {
        if (!beanFactory.containsBean(beanName)) {
            return false;
        }
        var type = beanFactory.getType(beanName, false);
        return type != null && type.getName().startsWith(SIMULATORS);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
