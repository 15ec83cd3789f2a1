package no.lifecase.modelsafety;

import java.util.ArrayList;
import javax.script.ScriptEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.scripting.ExecutableScript;
import org.camunda.bpm.engine.impl.scripting.ScriptFactory;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.camunda.bpm.engine.delegate.Expression;

/**
 * Makes the engine treat models as data (ADR 0035): expressions through {@link GuardedExpressionManager}, no script in
 * any language, and {@link ModelSafetyDeployer} before every deployment.
 */
public class ModelSafetyPlugin extends AbstractProcessEnginePlugin {

    static final String NO_SCRIPTS = "Scripts are not run by Lifecase (docs/adr/0035); use a delegate bean.";

    private final ModelBeans beans;

    public ModelSafetyPlugin(ModelBeans beans) {
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setExpressionManager(new GuardedExpressionManager(beans));
        configuration.setScriptFactory(new NoScripts());
        configuration.setScriptEngineResolver(new NoScriptEngines());
        var deployers = new ArrayList<Deployer>();
        deployers.add(new ModelSafetyDeployer(beans));
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        configuration.setCustomPreDeployers(deployers);
    }

    /** A model with a script fails as it is parsed, so it is never deployed. */
    private static final class NoScripts extends ScriptFactory {

        @Override
        public ExecutableScript createScriptFromResource(String language, String resource) {
            throw new ProcessEngineException(NO_SCRIPTS);
        }

        @Override
        public ExecutableScript createScriptFromResource(String language, Expression resourceExpression) {
            throw new ProcessEngineException(NO_SCRIPTS);
        }

        @Override
        public ExecutableScript createScriptFromSource(String language, String source) {
            throw new ProcessEngineException(NO_SCRIPTS);
        }

        @Override
        public ExecutableScript createScriptFromSource(String language, Expression sourceExpression) {
            throw new ProcessEngineException(NO_SCRIPTS);
        }
    }

    /** Scripts in decisions (a DMN expression in JavaScript, Groovy, …) find no engine to run them. */
    private static final class NoScriptEngines extends DefaultScriptEngineResolver {

        NoScriptEngines() {
            super(new javax.script.ScriptEngineManager(NoScriptEngines.class.getClassLoader()));
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            throw new ProcessEngineException(NO_SCRIPTS);
        }
    }
}
