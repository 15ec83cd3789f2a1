package no.lifecase.modelsafety;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;

/**
 * The application context's beans as models may use them: the beans listed in {@link ModelExpressions#BEAN_METHODS},
 * and Lifecase's own delegates and listeners ({@code no.lifecase}, implementing one of
 * {@link ModelExpressions#DELEGATE_TYPES}). The engine's services, repositories and every other bean stay out of reach.
 */
class SpringModelBeans implements ModelBeans {

    private static final String LIFECASE_PACKAGE = "no.lifecase.";

    private final ApplicationContext context;
    private final Map<String, Boolean> allowed = new ConcurrentHashMap<>();
    private final Map<Object, String> names = Collections.synchronizedMap(new IdentityHashMap<>());

    SpringModelBeans(ApplicationContext context) {
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

    private boolean allowed(String name) {
        if (!context.containsBean(name)) {
            return false;
        }
        if (ModelExpressions.BEAN_METHODS.containsKey(name)) {
            return true;
        }
        Class<?> type = context.getType(name);
        return type != null && type.getName().startsWith(LIFECASE_PACKAGE)
                && ModelExpressions.DELEGATE_TYPES.stream().anyMatch(delegate -> delegate.isAssignableFrom(type));
    }
}
