package no.lifecase.trigger;

import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.CaseType;
import no.lifecase.identity.Fodselsnummer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.springframework.stereotype.Component;

/**
 * Finds a person's case by the process variable {@code subject} that every life-event process starts with, and
 * delivers messages with the engine's correlation.
 */
@Component
class EngineCaseCorrelation implements CaseCorrelation {

    private final RuntimeService runtime;
    private final HandledRegisterEventRepository handledEvents;

    EngineCaseCorrelation(RuntimeService runtime, HandledRegisterEventRepository handledEvents) {
        this.runtime = runtime;
        this.handledEvents = handledEvents;
    }

    @Override
    public boolean hasCase(CaseType lifeEvent, Fodselsnummer subject) {
        // Our own record outlives the process: a death case that has ended still counts.
        return handledEvents.existsByLifeEventIdAndSubjectAndOutcome(lifeEvent.id(), subject.value(), EventOutcome.Kind.OPENED)
                || hasRunningCase(lifeEvent, subject);
    }

    @Override
    public boolean hasRunningCase(CaseType lifeEvent, Fodselsnummer subject) {
        return runningCases(lifeEvent, subject).count() > 0;
    }

    @Override
    public EventOutcome correlate(CaseType lifeEvent, Fodselsnummer subject, String messageName,
            Map<String, Object> variables) {
        var running = runningCases(lifeEvent, subject).list();
        if (running.isEmpty()) {
            return EventOutcome.skipped(SkipReason.NO_RUNNING_CASE, lifeEvent);
        }
        for (ProcessInstance instance : running) {
            // correlateAllWithResult answers "none" instead of throwing: an engine exception would mark the whole
            // page's transaction for rollback.
            var results = runtime.createMessageCorrelation(messageName)
                    .processInstanceId(instance.getId())
                    .setVariables(variables)
                    .correlateAllWithResult();
            if (!results.isEmpty()) {
                return EventOutcome.correlated(lifeEvent, instance.getBusinessKey());
            }
        }
        return EventOutcome.skipped(SkipReason.CASE_NOT_WAITING, lifeEvent);
    }

    private ProcessInstanceQuery runningCases(CaseType lifeEvent, Fodselsnummer subject) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(lifeEvent.processKey())
                .variableValueEquals(CaseService.SUBJECT, subject.value())
                .active();
    }
}
