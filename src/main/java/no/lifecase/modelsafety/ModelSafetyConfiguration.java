package no.lifecase.modelsafety;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's model beans and the engine plugin that keeps models to them (ADR 0035). */
@Configuration(proxyBeanMethods = false)
class ModelSafetyConfiguration {

    @Bean
    ModelBeans modelBeans(ConfigurableApplicationContext context) {
        return new SpringModelBeans(context);
    }

    @Bean
    ModelSafetyPlugin modelSafetyPlugin(ModelBeans modelBeans) {
        return new ModelSafetyPlugin(modelBeans);
    }
}
