package no.lifecase.testsupport;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import no.lifecase.modelsafety.ModelBeans;
import no.lifecase.modelsafety.ModelExpressions;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * The per-process tests' beans: what a test registered with {@link Mocks}, under the same rules as the application's
 * beans (a delegate or listener, or a bean with listed methods), so the shipped models run in the tests exactly as
 * guarded as in production.
 */
public class MockModelBeans implements ModelBeans {

    private final Map<Object, String> names = Collections.synchronizedMap(new IdentityHashMap<>());

    @Override
    public Object find(String name) {
        Object bean = Mocks.get(name);
        if (bean == null) {
            return null;
        }
        boolean allowed = ModelExpressions.BEAN_METHODS.containsKey(name)
                || ModelExpressions.DELEGATE_TYPES.stream().anyMatch(type -> type.isInstance(bean));
        if (!allowed) {
            return null;
        }
        names.put(bean, name);
        return bean;
    }

    @Override
    public boolean isOffLimits(String name) {
        return Mocks.get(name) != null && find(name) == null;
    }

    @Override
    public String nameOf(Object bean) {
        return names.get(bean);
    }
}
