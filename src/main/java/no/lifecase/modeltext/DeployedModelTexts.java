package no.lifecase.modeltext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.lifecase.language.Language;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Service;

/**
 * The texts deployed with a model, read from the model's own deployment so that a case reads the texts of the version it
 * runs on. A deployment never changes, so each model's texts are read once per node.
 */
@Service
public class DeployedModelTexts {

    private record Model(String deploymentId, String resourceName) {
    }

    private final RepositoryService repository;
    private final Map<Model, ModelTexts> byModel = new ConcurrentHashMap<>();
    private final Map<String, ModelTexts> byProcessDefinition = new ConcurrentHashMap<>();

    DeployedModelTexts(RepositoryService repository) {
        this.repository = repository;
    }

    /** The texts of a deployed process definition; none if its model came without texts. */
    public ModelTexts ofProcessDefinition(String processDefinitionId) {
        if (processDefinitionId == null) {
            return ModelTexts.NONE;
        }
        return byProcessDefinition.computeIfAbsent(processDefinitionId, id -> {
            try {
                var definition = repository.getProcessDefinition(id);
                return of(definition.getDeploymentId(), definition.getResourceName());
            } catch (ProcessEngineException deleted) {
                // An operator may delete a deployment with its cases' history; the case file keeps its entries, which then
                // have no texts to show to the citizen.
                return ModelTexts.NONE;
            }
        });
    }

    /** The texts beside any model file of a deployment (a BPMN model or a form). */
    public ModelTexts of(String deploymentId, String modelResourceName) {
        return byModel.computeIfAbsent(new Model(deploymentId, modelResourceName), this::read);
    }

    private ModelTexts read(Model model) {
        var names = new HashSet<>(repository.getDeploymentResourceNames(model.deploymentId()));
        var texts = new EnumMap<Language, Map<String, String>>(Language.class);
        for (var language : Language.values()) {
            ModelTextFiles.textsOf(model.resourceName(), language).filter(names::contains).ifPresent(name -> {
                try (InputStream in = repository.getResourceAsStream(model.deploymentId(), name)) {
                    texts.put(language, ModelTextFiles.read(in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException("The texts " + name + " could not be read", e);
                }
            });
        }
        return texts.isEmpty() ? ModelTexts.NONE : new ModelTexts(texts);
    }
}
