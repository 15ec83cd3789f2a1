package no.lifecase.startup;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Hibernate builds the EntityManagerFactory on a thread of its own, while the main thread builds the process engine
 * (docs/adr/0049). With the JPA repositories' bootstrap mode "deferred" (application.yml) no bean waits for it before
 * the end of start-up, where the repositories are made ready. Spring Boot would lend the build the context's one
 * task executor, whichever that happens to be (here the scheduler's single thread); this says which, whatever else the
 * context holds.
 */
@Component
class JpaBootstrapInBackground implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractEntityManagerFactoryBean factory) {
            factory.setBootstrapExecutor(new SimpleAsyncTaskExecutor("jpa-bootstrap-"));
        }
        return bean;
    }
}
