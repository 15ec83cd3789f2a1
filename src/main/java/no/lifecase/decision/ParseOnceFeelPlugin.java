package no.lifecase.decision;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Sets the DMN engine's FEEL engine factory to {@link ParseOnceFeelEngineFactory} (docs/adr/0068), before the process
 * engine builds its DMN engine. The engine's legacy FEEL (JUEL-based) is left alone should it ever be switched on.
 */
@Component
public class ParseOnceFeelPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.isDmnFeelEnableLegacyBehavior()) {
            return;
        }
        var dmn = configuration.getDmnEngineConfiguration();
        if (dmn == null) {
            dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
            configuration.setDmnEngineConfiguration(dmn);
        }
        if (dmn.getFeelEngineFactory() == null) {
            var dmnConfiguration = dmn;
            // the process engine hands its FEEL custom function providers to the DMN configuration after preInit
            dmn.setFeelEngineFactory(new ParseOnceFeelEngineFactory(dmnConfiguration::getFeelCustomFunctionProviders));
        }
    }
}
