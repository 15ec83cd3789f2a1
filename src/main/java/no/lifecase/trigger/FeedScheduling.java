package no.lifecase.trigger;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Polls every feed with a fixed delay: {@code lifecase.feeds.<feed>.poll-interval}, else
 * {@code lifecase.feeds.poll-interval}, else 10 seconds. Every node polls; the cursor's row lock lets one of them
 * read a feed at a time. Held events ({@link HeldRegisterEvents}) are offered again every
 * {@code lifecase.feeds.held-events-interval} (a minute unless set). Off with {@code lifecase.feeds.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "lifecase.feeds", name = "enabled", havingValue = "true", matchIfMissing = true)
class FeedScheduling implements SchedulingConfigurer {

    static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(10);

    static final Duration DEFAULT_HELD_EVENTS_INTERVAL = Duration.ofMinutes(1);

    static final String HELD_EVENTS_ROUND = "lifecase.feed.held-events";

    private final FeedPoller poller;
    private final HeldRegisterEvents heldEvents;
    private final Environment environment;
    private final ObservationRegistry observations;

    FeedScheduling(FeedPoller poller, HeldRegisterEvents heldEvents, Environment environment, ObservationRegistry observations) {
        this.poller = poller;
        this.heldEvents = heldEvents;
        this.environment = environment;
        this.observations = observations;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        var binder = Binder.get(environment);
        var defaultInterval = binder.bind("lifecase.feeds.poll-interval", Duration.class).orElse(DEFAULT_POLL_INTERVAL);
        for (String feed : poller.feedNames()) {
            var interval = binder.bind("lifecase.feeds." + feed + ".poll-interval", Duration.class).orElse(defaultInterval);
            registrar.addFixedDelayTask(new FixedDelayTask(() -> poller.poll(feed), interval, interval));
        }
        var heldInterval = binder.bind("lifecase.feeds.held-events-interval", Duration.class).orElse(DEFAULT_HELD_EVENTS_INTERVAL);
        // An observation of its own, as each feed poll has (FeedMetrics): a trace id on every line the round logs.
        Runnable deliverAgain = () -> Observation.createNotStarted(HELD_EVENTS_ROUND, observations).observe(heldEvents::deliverAgain);
        registrar.addFixedDelayTask(new FixedDelayTask(deliverAgain, heldInterval, heldInterval));
    }
}
