package no.lifecase.lifeevent.losingandfindingajob;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.time.LocalDate;
import no.lifecase.casefile.CaseLogContext;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Variable;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob;
import no.lifecase.register.aaregisteret.Employments;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;

/**
 * Finds the new job of a job seeker: Aa-registeret has no event feed we can read, so every running
 * {@code losing-and-finding-a-job} case asks it for an employment that started after the last working day with
 * another employer (the new employer's a-melding puts it there). A new one is delivered to the case as the message
 * {@code NewEmploymentReported}, by business key. Several nodes may check at once: the second delivery finds the case
 * no longer waiting and changes nothing.
 */
@Service
public class NewEmploymentWatch {

    private static final Logger log = LoggerFactory.getLogger(NewEmploymentWatch.class);

    private final RuntimeService runtime;
    private final Employments employments;

    NewEmploymentWatch(RuntimeService runtime, Employments employments) {
        this.runtime = runtime;
        this.employments = employments;
    }

    /** @return how many cases were told about a new job */
    public int checkRunningCases() {
        int told = 0;
        var running = runtime.createProcessInstanceQuery().processDefinitionKey(LosingAndFindingAJob.PROCESS_ID).active().list();
        for (var instance : running) {
            var variables = runtime.getVariables(instance.getId());
            var reference = instance.getBusinessKey();
            if (reference == null || variables.get(CaseService.SUBJECT) == null || variables.get(Variable.LAST_WORKING_DAY) == null) {
                continue;
            }
            var subject = Fodselsnummer.parse((String) variables.get(CaseService.SUBJECT));
            var found = employments.newEmploymentAfter(subject, LocalDate.parse((String) variables.get(Variable.LAST_WORKING_DAY)),
                    (String) variables.get(Variable.EMPLOYER), CaseReference.of(reference));
            if (found.isEmpty()) {
                continue;
            }
            try (var ignored = CaseLogContext.ofText(reference)) {
                runtime.createMessageCorrelation(LosingAndFindingAJob.Message.NEW_EMPLOYMENT_REPORTED)
                        .processInstanceBusinessKey(reference)
                        .setVariable(Variable.NEW_EMPLOYER, found.get().employer())
                        .correlate();
                told++;
                log.info("Case {}: a new employment is reported in Aa-registeret", reference);
            } catch (MismatchingMessageCorrelationException e) {
                log.debug("Case {} no longer waits for a new employment", reference);
            }
        }
        return told;
    }

    /** Checks on a fixed delay, {@code lifecase.feeds.aa-registeret.poll-interval} (a day by default); off with the feeds. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(prefix = "lifecase.feeds", name = "enabled", havingValue = "true", matchIfMissing = true)
    static class Scheduling implements SchedulingConfigurer {

        private final NewEmploymentWatch watch;
        private final Duration interval;
        private final ObservationRegistry observations;

        Scheduling(NewEmploymentWatch watch, @Value("${lifecase.feeds.aa-registeret.poll-interval:P1D}") Duration interval,
                   ObservationRegistry observations) {
            this.watch = watch;
            this.interval = interval;
            this.observations = observations;
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            // Each check an observation of its own: a trace id on every line it logs (docs/adr/0048).
            Runnable check = () -> Observation.createNotStarted("lifecase.new-employment.check", observations)
                    .observe(watch::checkRunningCases);
            registrar.addFixedDelayTask(new FixedDelayTask(check, interval, interval));
        }
    }
}
