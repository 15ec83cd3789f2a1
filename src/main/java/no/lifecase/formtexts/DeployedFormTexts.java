package no.lifecase.formtexts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import no.lifecase.language.Language;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.stereotype.Service;

/**
 * The texts of a form as deployed: the texts files beside the form in the deployment that holds it, so that a case
 * reads the texts of the form version it runs on. A deployment never changes, so each form's texts are read once.
 */
@Service
public class DeployedFormTexts {

    private static final String FORM = ".form";

    private final RepositoryService repository;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, FormTexts> byDeploymentAndForm = new ConcurrentHashMap<>();

    public DeployedFormTexts(RepositoryService repository) {
        this.repository = repository;
    }

    /**
     * @param deploymentId the deployment that holds the form (a model's own, as forms are bound to it)
     * @param formId       the form's id, as {@code camunda:formRef} names it
     * @return its texts; none if the deployment holds no such form or the form has no texts files
     */
    public FormTexts of(String deploymentId, String formId) {
        return byDeploymentAndForm.computeIfAbsent(deploymentId + "/" + formId, key -> read(deploymentId, formId));
    }

    private FormTexts read(String deploymentId, String formId) {
        var names = repository.getDeploymentResources(deploymentId).stream().map(Resource::getName).collect(Collectors.toSet());
        return names.stream().filter(name -> name.endsWith(FORM) && formId.equals(idOf(deploymentId, name)))
                .findFirst()
                .map(form -> texts(deploymentId, form.substring(0, form.length() - FORM.length()), names))
                .orElse(FormTexts.none());
    }

    private FormTexts texts(String deploymentId, String base, Set<String> names) {
        var files = new EnumMap<Language, InputStream>(Language.class);
        for (Language language : Language.values()) {
            String name = base + "_" + language.tag() + ".properties";
            if (names.contains(name)) {
                files.put(language, repository.getResourceAsStream(deploymentId, name));
            }
        }
        return FormTexts.read(files);
    }

    private String idOf(String deploymentId, String formResource) {
        try (InputStream form = repository.getResourceAsStream(deploymentId, formResource)) {
            return Optional.ofNullable(json.readTree(form)).map(root -> root.path("id").asText(null)).orElse(null);
        } catch (IOException e) {
            return null;   // not JSON: not the form asked for
        }
    }
}
