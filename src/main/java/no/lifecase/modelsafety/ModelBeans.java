package no.lifecase.modelsafety;

/** The beans a model may name, as {@link ModelExpressions} allows them; every other name resolves to nothing. */
public interface ModelBeans {

    /** The bean a model may name so, or null when there is none or models may not use it. */
    Object find(String name);

    /** Whether the name is a bean that exists but models may not use: worth a clear refusal before deployment. */
    boolean isOffLimits(String name);

    /** The name of a bean {@link #find} returned, or null: a bean's methods are allowed by its name. */
    String nameOf(Object bean);
}
