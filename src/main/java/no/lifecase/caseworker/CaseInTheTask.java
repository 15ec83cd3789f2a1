package no.lifecase.caseworker;

import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.casefile.UserTaskListeners;
import no.lifecase.modeltext.DeployedModelTexts;
import no.lifecase.modeltext.ModelTexts;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every agency task, as it is created, what its caseworker reads in Tasklist (docs/adr/0059): its name in the
 * agency's language ({@code <elementId>.staff} in the model's texts; the BPMN name is the modeller's and stays in the
 * model), and the case, as the task-local variable {@value no.lifecase.casefile.CaseHistoryLevel#CASE_CONTEXT} that the
 * text component of every agency form shows. That variable is kept out of the engine's history and goes with the task.
 */
@Component
class CaseInTheTask extends UserTaskListeners {

    private static final Logger log = LoggerFactory.getLogger(CaseInTheTask.class);

    private final AgencyCatalogue agencies;
    // Looked up when a task is made: both reach the engine, which is still being built when its plugins are.
    private final ObjectProvider<DeployedModelTexts> modelTexts;
    private final StaffLanguage staffLanguage;
    private final ObjectProvider<CaseContextReader> contexts;
    private final CaseContextText text;

    CaseInTheTask(AgencyCatalogue agencies, ObjectProvider<DeployedModelTexts> modelTexts, StaffLanguage staffLanguage,
                  ObjectProvider<CaseContextReader> contexts, CaseContextText text) {
        this.agencies = agencies;
        this.modelTexts = modelTexts;
        this.staffLanguage = staffLanguage;
        this.contexts = contexts;
        this.text = text;
    }

    @Override
    protected void listenTo(TaskDefinition task) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, this::created);
    }

    private void created(DelegateTask task) {
        var agency = agencies.agencyOf(task);
        if (agency.isEmpty()) {
            return;   // a person's own task: the portal shows it in the person's language (docs/adr/0050)
        }
        var language = staffLanguage.of(agency.get());
        modelTexts.getObject().ofProcessDefinition(task.getProcessDefinitionId()).staff(task.getTaskDefinitionKey(), language)
                .map(name -> ModelTexts.withAgency(name, agency.get().name(language)))
                .ifPresent(task::setName);
        var caseRef = caseRefOf(task);
        if (caseRef == null) {
            return;
        }
        try {
            var context = contexts.getObject().read(caseRef, agency.get(), task.getId(), CaseFacts.of(task.getBpmnModelElementInstance()), language);
            task.setVariableLocal(no.lifecase.casefile.CaseHistoryLevel.CASE_CONTEXT, text.of(context, language));
        } catch (RuntimeException e) {
            // The task is made all the same: its caseworker finds the case through the worklist API.
            log.warn("The case of task {} ({}) could not be shown in its form: {}", task.getId(), task.getTaskDefinitionKey(), e.toString());
        }
    }
}
