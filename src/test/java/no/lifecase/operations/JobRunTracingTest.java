package no.lifecase.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The job runs' timer is there at 0 before the first run, and the runs count in that very timer. */
class JobRunTracingTest {

    @Test
    void the_timer_starts_at_zero_and_the_runs_are_counted_in_it() {
        var meters = new SimpleMeterRegistry();
        var observations = ObservationRegistry.create();
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));

        new JobRunTracing().jobRunsFromZero().bindTo(meters);
        assertThat(meters.get(JobRunTracing.JOB_RUN).timer().count()).isZero();

        var beans = new StaticListableBeanFactory();
        beans.addBean("observations", observations);
        JobRunTracing.observed(beans.getBeanProvider(ObservationRegistry.class)).decorate(() -> { }).run();

        assertThat(meters.get(JobRunTracing.JOB_RUN).timers()).singleElement()
                .satisfies(timer -> assertThat(timer.count()).isEqualTo(1));
    }
}
