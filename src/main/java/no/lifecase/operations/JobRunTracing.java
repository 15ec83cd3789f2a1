package no.lifecase.operations;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Each run of the engine's job executor (one job, or the exclusive jobs of one case it runs together) is an
 * observation, {@code lifecase.job.run}: a trace id of its own on every line the run logs, and the runs' duration.
 * The engine puts the case reference beside it (its business key, {@code loggingContextBusinessKey} in
 * application.yml). The Camunda starter runs jobs on the thread pool {@value #CAMUNDA_TASK_EXECUTOR}; its own settings
 * are kept and a task decorator is added (docs/adr/0048-operators-see-lifecase.md).
 */
@Configuration(proxyBeanMethods = false)
class JobRunTracing {

    static final String CAMUNDA_TASK_EXECUTOR = "camundaTaskExecutor";
    static final String JOB_RUN = "lifecase.job.run";

    /** Static, and the registry fetched when first needed: a post-processor is made before the beans it processes. */
    @Bean
    static BeanPostProcessor jobRunsObserved(ObjectProvider<ObservationRegistry> observations) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (CAMUNDA_TASK_EXECUTOR.equals(beanName) && bean instanceof ThreadPoolTaskExecutor executor) {
                    executor.setTaskDecorator(observed(observations));
                }
                return bean;
            }
        };
    }

    /**
     * The runs' timer at 0 from the start, as the observation's own (tag {@code error=none}): to Prometheus a series
     * that first appears with a burst of runs already counted has not grown, so the dashboard's job-run panels would
     * show nothing of the node's first runs.
     */
    @Bean
    MeterBinder jobRunsFromZero() {
        return registry -> Timer.builder(JOB_RUN).tag("error", "none").register(registry);
    }

    static TaskDecorator observed(ObjectProvider<ObservationRegistry> observations) {
        return run -> () -> Observation.createNotStarted(JOB_RUN, observations.getIfAvailable(() -> ObservationRegistry.NOOP))
                .observe(run);
    }
}
