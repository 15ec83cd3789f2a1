package no.lifecase.startup;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationStartupAware;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

/**
 * Marks the engine's deployment of the shipped models as a start-up step of its own. The engine is built first (then
 * every plugin's {@code postProcessEngineBuild} runs), the Spring integration deploys the models, and only then does
 * the engine bean reach the bean post-processors: the step lies between those two moments.
 */
@Component
class ModelDeploymentStep extends AbstractProcessEnginePlugin implements BeanPostProcessor, ApplicationStartupAware {

    static final String NAME = "lifecase.engine.deployment";
    static final String OUTCOME = "outcome";

    private ApplicationStartup startup = ApplicationStartup.DEFAULT;
    private StartupStep step;
    private long deploymentsBefore;

    @Override
    public void setApplicationStartup(ApplicationStartup startup) {
        this.startup = startup;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        step = startup.start(NAME);
        deploymentsBefore = engine.getRepositoryService().createDeploymentQuery().count();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof ProcessEngine engine && step != null) {
            step.tag(OUTCOME, outcome(engine));
            step.end();
            step = null;
        }
        return bean;
    }

    /** Whether the models were new or changed (a new deployment) or all as deployed before (nothing deployed). */
    private String outcome(ProcessEngine engine) {
        var repository = engine.getRepositoryService();
        if (repository.createDeploymentQuery().count() == deploymentsBefore) {
            return "no model changed, nothing deployed";
        }
        var newest = repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 1);
        return newest.isEmpty() ? "deployed"
                : "deployed " + repository.getDeploymentResourceNames(newest.get(0).getId()).size() + " resources";
    }
}
