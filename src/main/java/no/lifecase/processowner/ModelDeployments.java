package no.lifecase.processowner;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

/**
 * Deploys what process owners upload, after {@link ModelValidator} found no error, and lists the versions
 * deployed with the cases running on each.
 */
@Service
class ModelDeployments {

    static final String DEPLOYMENT_NAME = "lifecase-process-owner";

    private final ModelValidator validator;
    private final RepositoryService repository;
    private final RuntimeService runtime;

    ModelDeployments(ModelValidator validator, RepositoryService repository, RuntimeService runtime) {
        this.validator = validator;
        this.repository = repository;
        this.runtime = runtime;
    }

    @Schema(name = "ProcessDefinition")
    record Definition(String id, String key, @Nullable String name, int version, String deploymentId, long runningCases) {
    }

    record ProcessVersions(String key, @Nullable String name, int latestVersion, List<Definition> versions) {
    }

    sealed interface Outcome {
    }

    record Refused(List<ModelFinding> findings) implements Outcome {
    }

    @Schema(name = "Deployment")
    record Deployed(String deploymentId, List<Definition> processDefinitions, List<ModelFinding> warnings) implements Outcome {
    }

    Outcome deploy(List<ModelFile> files, String deployedBy) {
        List<ModelFinding> findings = validator.validate(files);
        if (ModelValidator.hasErrors(findings)) {
            return new Refused(findings);
        }
        var builder = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("process owner " + deployedBy)
                // All or nothing: an upload identical to the last is not deployed again, but one changed file takes the
                // whole upload with it, so that a model stays in one deployment with the forms it binds and the texts a
                // citizen reads (docs/adr/0050); a changed nynorsk text alone would otherwise be deployed without its model.
                .enableDuplicateFiltering(false);
        files.forEach(file -> builder.addInputStream(file.name(), new ByteArrayInputStream(file.content())));
        try {
            var deployment = builder.deployWithResult();
            var definitions = repository.createProcessDefinitionQuery().deploymentId(deployment.getId())
                    .orderByProcessDefinitionKey().asc().list().stream().map(this::definition).toList();
            return new Deployed(deployment.getId(), definitions, findings);
        } catch (ParseException e) {
            var engineFindings = new ArrayList<>(findings);
            e.getResorceReports().forEach(report -> report.getErrors().forEach(problem -> engineFindings.add(
                    ModelFinding.error(report.getResourceName(), problem.getMainElementId(), "engine", problem.getMessage()))));
            if (engineFindings.size() == findings.size()) {
                engineFindings.add(ModelFinding.error("*", null, "engine", e.getMessage()));
            }
            return new Refused(engineFindings);
        }
    }

    List<ModelFinding> validate(List<ModelFile> files) {
        return validator.validate(files);
    }

    List<ProcessVersions> versions() {
        var byKey = new LinkedHashMap<String, List<Definition>>();
        repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().desc()
                .list().forEach(definition -> byKey.computeIfAbsent(definition.getKey(), key -> new ArrayList<>()).add(definition(definition)));
        return byKey.entrySet().stream().map(entry -> {
            var versions = entry.getValue();
            versions.sort(Comparator.comparingInt(Definition::version).reversed());
            return new ProcessVersions(entry.getKey(), versions.get(0).name(), versions.get(0).version(), versions);
        }).toList();
    }

    private Definition definition(ProcessDefinition definition) {
        long running = runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count();
        return new Definition(definition.getId(), definition.getKey(), definition.getName(), definition.getVersion(),
                definition.getDeploymentId(), running);
    }
}
