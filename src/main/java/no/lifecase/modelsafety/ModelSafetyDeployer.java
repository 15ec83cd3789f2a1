package no.lifecase.modelsafety;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.xml.sax.SAXException;

/**
 * Runs before the engine's own deployers on every deployment, whatever made it (the models API, Camunda's REST API,
 * Cockpit, the models shipped on the classpath at start-up), and refuses the whole deployment when one of its files
 * does what a model may not (ADR 0035). The engine also passes here when it reads a deployed model back into its
 * cache, so a model deployed before these rules cannot run either.
 */
class ModelSafetyDeployer implements Deployer {

    private final ModelBeans beans;

    ModelSafetyDeployer(ModelBeans beans) {
        this.beans = beans;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        for (ResourceEntity resource : deployment.getResources().values()) {
            var problems = problems(resource, deployment.getResources().keySet());
            if (!problems.isEmpty()) {
                var first = problems.get(0);
                throw new ParseException("Refused: " + resource.getName()
                        + (first.getMainElementId() == null ? "" : ", element " + first.getMainElementId()) + ": " + first.getMessage()
                        + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                        resource.getName(), problems, List.of());
            }
        }
    }

    private List<Problem> problems(ResourceEntity resource, Set<String> deployedWith) {
        String name = resource.getName();
        if (ModelCheck.isTextsOfAModelIn(name, deployedWith)) {
            return List.of();   // texts a citizen reads, never run (docs/adr/0052)
        }
        if (!ModelCheck.isDeployable(name)) {
            return List.of(new ModelProblem(null, "Only BPMN, DMN and form files, and the texts beside a BPMN or form "
                    + "file of the same deployment, are deployed; " + name + " is neither."));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".form")) {
            return List.of();
        }
        try {
            var document = SafeXml.parse(resource.getBytes());
            var violations = lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")
                    ? ModelCheck.dmn(document, beans) : ModelCheck.bpmn(document, beans);
            var problems = new ArrayList<Problem>();
            for (var violation : violations) {
                problems.add(new ModelProblem(violation.elementId(), violation.message()
                        + (violation.expression() == null ? "" : " Expression: " + violation.expression())));
            }
            return problems;
        } catch (SAXException | IOException e) {
            return List.of(new ModelProblem(null, name + " is not XML the engine may read: " + e.getMessage()));
        }
    }

    private record ModelProblem(String getMainElementId, String getMessage) implements Problem {

        @Override
        public int getLine() {
            return 0;
        }

        @Override
        public int getColumn() {
            return 0;
        }

        @Override
        public List<String> getElementIds() {
            return getMainElementId == null ? List.of() : List.of(getMainElementId);
        }
    }
}
