package no.lifecase.caseworker;

import no.lifecase.agency.Agency;
import no.lifecase.formtexts.DeployedFormTexts;
import no.lifecase.formtexts.FormTexts;
import no.lifecase.language.Language;
import no.lifecase.lifeevent.LifeEvents;
import no.lifecase.modeltext.DeployedModelTexts;
import no.lifecase.modeltext.ModelTexts;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a caseworker reads of a task in the worklist API, in the language asked for (docs/adr/0059): the task's name from
 * the texts of the model version it runs on ({@code <elementId>.staff}), its form's texts, the life event's name, and what
 * the model says the task needs to see of its case.
 */
@Component
class StaffTaskTexts {

    private final DeployedModelTexts modelTexts;
    private final DeployedFormTexts formTexts;
    private final LifeEvents lifeEvents;
    private final RepositoryService repository;

    StaffTaskTexts(DeployedModelTexts modelTexts, DeployedFormTexts formTexts, LifeEvents lifeEvents, RepositoryService repository) {
        this.modelTexts = modelTexts;
        this.formTexts = formTexts;
        this.lifeEvents = lifeEvents;
        this.repository = repository;
    }

    /** The staff text of the task in this language; the task's own name (set at creation) for a model without one. */
    @Nullable
    String name(Task task, Agency agency, Language language) {
        if (task.getProcessDefinitionId() == null) {
            return task.getName();
        }
        return modelTexts.ofProcessDefinition(task.getProcessDefinitionId()).staff(task.getTaskDefinitionKey(), language)
                .map(name -> ModelTexts.withAgency(name, agency.name(language)))
                .orElse(task.getName());
    }

    @Nullable
    String lifeEventName(@Nullable String lifeEventId, Language language) {
        return lifeEventId == null ? null : lifeEvents.find(lifeEventId).map(event -> event.title().in(language)).orElse(null);
    }

    /** The texts of the task's form as deployed with its model. */
    FormTexts formTexts(Task task, TaskForm form) {
        if (form.id() == null || task.getProcessDefinitionId() == null) {
            return FormTexts.none();
        }
        return formTexts.of(repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId(), form.id());
    }

    CaseFacts caseFacts(Task task) {
        if (task.getProcessDefinitionId() == null) {
            return CaseFacts.LEAST;
        }
        var model = repository.getBpmnModelInstance(task.getProcessDefinitionId());
        return model == null ? CaseFacts.LEAST : CaseFacts.of((BaseElement) model.getModelElementById(task.getTaskDefinitionKey()));
    }
}
