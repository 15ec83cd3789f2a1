package no.lifecase.modelsafety;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application context's beans as models may use them: the beans listed in {@link ModelExpressions#BEAN_METHODS},
 * and Lifecase's own delegates and listeners ({@code no.lifecase}, implementing one of
 * {@link ModelExpressions#DELEGATE_TYPES}). The engine's services, repositories and every other bean stay out of reach.
 */
class SpringModelBeans implements ModelBeans {

    private static final String LIFECASE_PACKAGE = "no.lifecase.";

    private final ConfigurableApplicationContext context;
    private final Map<String, Boolean> allowed = new ConcurrentHashMap<>();
    private final Map<Object, String> names = Collections.synchronizedMap(new IdentityHashMap<>());

    SpringModelBeans(ConfigurableApplicationContext context) {
        this.context = context;
    }

    @Override
    public Object find(String name) {
        if (!allowed.computeIfAbsent(name, this::allowed)) {
            return null;
        }
        Object bean = context.getBean(name);
        names.putIfAbsent(bean, name);
        return bean;
    }

    @Override
    public boolean isOffLimits(String name) {
        return context.containsBean(name) && !allowed.computeIfAbsent(name, this::allowed);
    }

    @Override
    public String nameOf(Object bean) {
        return names.get(bean);
    }

    /** From the bean definitions alone: the deployment check runs while the engine, which delegates need, is being built. */
    private boolean allowed(String name) {
        if (!context.containsBean(name)) {
            return false;
        }
        if (ModelExpressions.BEAN_METHODS.containsKey(name)) {
            return true;
        }
        Class<?> type = context.getType(name, false);
        return type != null && declaredByLifecase(name)
                && ModelExpressions.DELEGATE_TYPES.stream().anyMatch(delegate -> delegate.isAssignableFrom(type));
    }

    /** A class of Lifecase's, or a {@code @Bean} method of one: a delegate declared as {@code JavaDelegate} counts. */
    private boolean declaredByLifecase(String name) {
        var factory = context.getBeanFactory();
        if (!factory.containsBeanDefinition(name)) {
            return false;
        }
        var definition = factory.getMergedBeanDefinition(name);
        String declaringClass = definition.getFactoryBeanName() == null ? definition.getBeanClassName()
                : factory.getMergedBeanDefinition(definition.getFactoryBeanName()).getBeanClassName();
        return declaringClass != null && declaringClass.startsWith(LIFECASE_PACKAGE);
    }
}
