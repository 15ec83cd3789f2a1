package no.lifecase.modelsafety;

import java.lang.reflect.Method;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.FunctionMapper;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression language (JUEL) as models may use it (ADR 0035): process variables, the execution or task,
 * the beans {@link ModelBeans} finds, the functions in {@link ModelExpressions#FUNCTIONS}, and on every value only the
 * methods and properties {@link ModelExpressions} lists. Used wherever the engine evaluates an expression, DMN's JUEL
 * included, since the DMN engine evaluates through the process engine's expression manager.
 */
public class GuardedExpressionManager extends JuelExpressionManager {

    private final ModelBeans beans;

    public GuardedExpressionManager(ModelBeans beans) {
        this.beans = beans;
    }

    @Override
    protected ELResolver createElResolver() {
        var resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ModelBeanResolver(beans));
        resolver.add(new ArrayELResolver(true));
        resolver.add(new ListELResolver(true));
        resolver.add(new MapELResolver(true));
        resolver.add(new GuardedBeanResolver(beans));
        return resolver;
    }

    /** Only the listed functions: whatever else registers itself with the engine (Spin's S, XML, JSON) stays out. */
    @Override
    protected FunctionMapper createFunctionMapper() {
        return new FunctionMapper() {
            @Override
            public Method resolveFunction(String prefix, String localName) {
                boolean plain = prefix == null || prefix.isBlank();
                return plain && ModelExpressions.FUNCTIONS.contains(localName) ? functions.get(localName) : null;
            }
        };
    }
}
