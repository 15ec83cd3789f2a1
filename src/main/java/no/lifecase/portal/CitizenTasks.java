package no.lifecase.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import no.lifecase.caseworker.FormValues;
import no.lifecase.caseworker.TaskActor;
import no.lifecase.caseworker.TaskForm;
import no.lifecase.casefile.CaseNotFound;
import no.lifecase.formtexts.DeployedFormTexts;
import no.lifecase.identity.Fodselsnummer;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * The citizen answers a task that waits for them, with the task's own Camunda Form. Every call first asks
 * {@link CitizenCases#task} whether the task is open on a case the citizen may see and is assigned or offered to
 * them; any other task is "not found". Answers are checked on the server against the form's rules
 * ({@link FormValues}) and the task is completed only when there is no problem: nothing is written otherwise.
 */
@Service
class CitizenTasks {

    private final CitizenCases cases;
    private final TaskService tasks;
    private final FormService forms;
    private final RepositoryService repository;
    private final DeployedFormTexts texts;
    private final ObjectMapper json;

    CitizenTasks(CitizenCases cases, TaskService tasks, FormService forms, RepositoryService repository, DeployedFormTexts texts,
                 ObjectMapper json) {
        this.cases = cases;
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
        this.texts = texts;
        this.json = json;
    }

    /**
     * The task's Camunda Form with its texts from the deployment of the task's process, where the form is bound
     * ({@code camunda:formRefBinding="deployment"}); empty if the task has none (it is then answered elsewhere).
     *
     * @throws CaseNotFound if the task does not wait for this citizen on a case they may see
     */
    Optional<PortalForm> form(Fodselsnummer citizen, String reference, String taskId) {
        cases.task(citizen, reference, taskId).orElseThrow(CaseNotFound::new);
        var withFormKey = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (withFormKey == null || withFormKey.getCamundaFormRef() == null) {
            return Optional.empty();
        }
        try (InputStream deployed = forms.getDeployedTaskForm(taskId)) {
            byte[] bytes = deployed.readAllBytes();
            var definition = json.readTree(bytes);
            String deploymentId = repository.getProcessDefinition(withFormKey.getProcessDefinitionId()).getDeploymentId();
            return Optional.of(new PortalForm(definition, TaskForm.parse(new ByteArrayInputStream(bytes), json),
                    texts.of(deploymentId, definition.path("id").asText())));
        } catch (IOException e) {
            throw new UncheckedIOException("The task's form could not be read", e);
        }
    }

    /**
     * Checks the answers and completes the task if they are valid.
     *
     * @return the problems found, each naming its field; empty when the task was completed
     * @throws CaseNotFound if the task does not wait for this citizen, or has no form to answer here
     */
    List<FormValues.Refusal> answer(Fodselsnummer citizen, String reference, String taskId, MultiValueMap<String, String> submitted) {
        var form = form(citizen, reference, taskId).orElseThrow(CaseNotFound::new);
        var rules = form.rulesFor(submitted);
        var values = PortalForm.values(rules, submitted);
        var problems = FormValues.refusals(rules, values);
        if (problems.isEmpty()) {
            // The audit names the citizen (masked), not the engine, though the engine completes the task for them.
            TaskActor.actingAs(TaskActor.citizen(citizen), () -> tasks.complete(taskId, FormValues.variables(rules, values)));
        }
        return problems;
    }
}
