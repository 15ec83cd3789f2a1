package no.lifecase.apidescription;

import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.lang.Nullable;

/**
 * A record component that Java marks {@link Nullable} is {@code nullable} in the description, so that a caller's
 * generated client expects the {@code null} Lifecase sends. Marked on the record's schema once swagger-core has built
 * it: a property customizer is not asked for every property, and what it sets on a property that becomes a reference
 * is dropped. A reference cannot carry {@code nullable} beside it in OpenAPI 3.0, and {@code nullable} beside an
 * {@code allOf} does not admit null (OpenAPI 3.0.3 adds null to the {@code type} of its own schema only), so a nullable
 * reference is {@code anyOf} the reference and a schema that admits null alone.
 */
class NullableFields implements ModelConverter {

    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        var javaType = TypeFactory.defaultInstance().constructType(type.getType());
        if (resolved != null && javaType.getRawClass().isRecord()) {
            var model = resolved.get$ref() == null ? resolved
                    : context.getDefinedModels().get(resolved.get$ref().substring(SCHEMAS.length()));
            if (model != null && model.getProperties() != null) {
                markNullable(model, javaType.getRawClass());
            }
        }
        return resolved;
    }

    private static void markNullable(Schema<?> model, Class<?> record) {
        Map<String, Schema> properties = model.getProperties();
        for (var component : record.getRecordComponents()) {
            var property = properties.get(component.getName());
            if (property != null && component.getAccessor().isAnnotationPresent(Nullable.class)) {
                properties.put(component.getName(), nullable(property));
            }
        }
    }

    /** A new schema: swagger-core may share one property's schema with others of the same type. */
    private static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            var onlyNull = new Schema<Object>().type("object").nullable(true);
            onlyNull.setEnum(Collections.singletonList(null));
            return new Schema<>().anyOf(List.of(new Schema<>().$ref(property.get$ref()), onlyNull)).description(property.getDescription());
        }
        return AnnotationsUtils.clone(property, false).nullable(true);
    }
}
