package no.lifecase.modelsafety;

import java.util.Set;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;

/**
 * Java's methods and properties, but only those {@link ModelExpressions} lists for the value (or bean) at hand. Comes
 * last in the chain, after variables, beans, arrays, lists and maps: whatever reaches it is a call into Java, and an
 * unlisted one fails here, before it runs, with a message that names it.
 */
class GuardedBeanResolver extends BeanELResolver {

    private final ModelBeans beans;

    GuardedBeanResolver(ModelBeans beans) {
        super(true);
        this.beans = beans;
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null) {
            return null;
        }
        String name = String.valueOf(method);
        if (!mayCall(base, name)) {
            throw refused(base, name + "()");
        }
        return super.invoke(context, base, method, paramTypes, params);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base == null) {
            return null;
        }
        String name = String.valueOf(property);
        if (!ModelExpressions.mayRead(base, name)) {
            throw refused(base, name);
        }
        return super.getValue(context, base, property);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (base == null) {
            return null;
        }
        if (!ModelExpressions.mayRead(base, String.valueOf(property))) {
            throw refused(base, String.valueOf(property));
        }
        return super.getType(context, base, property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base != null) {
            throw refused(base, property + " =");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (base != null) {
            context.setPropertyResolved(true);
        }
        return true;
    }

    private boolean mayCall(Object base, String method) {
        String bean = beans.nameOf(base);
        if (bean != null) {
            return ModelExpressions.BEAN_METHODS.getOrDefault(bean, Set.of()).contains(method);
        }
        return ModelExpressions.mayCall(base, method);
    }

    private static ELException refused(Object base, String what) {
        return new ELException("A model may not use " + base.getClass().getSimpleName() + "." + what
                + ": expressions reach only process variables and what docs/adr/0035 lists.");
    }
}
