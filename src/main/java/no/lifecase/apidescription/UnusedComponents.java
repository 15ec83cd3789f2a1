package no.lifecase.apidescription;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Leaves out of a group's description the schemas and security schemes none of its operations use: springdoc keeps the
 * schemas of error handlers whose answers {@link CommonAnswers} replaced, and every group has every security scheme.
 */
final class UnusedComponents {

    private static final String SCHEMAS = "#/components/schemas/";

    private UnusedComponents() {
    }

    /** Changes the description's components: give it its own first ({@link #copyOf}). */
    static void remove(OpenAPI api) {
        var components = api.getComponents();
        var usedSchemes = new HashSet<String>();
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getSecurity() != null) {
                    operation.getSecurity().forEach(requirement -> usedSchemes.addAll(requirement.keySet()));
                }
            }));
        }
        if (components.getSecuritySchemes() != null) {
            components.getSecuritySchemes().keySet().retainAll(usedSchemes);
        }
        if (components.getSchemas() != null) {
            components.getSchemas().keySet().retainAll(usedSchemas(api));
        }
    }

    /** springdoc may hand every group the same maps; a group changes its own copy only. */
    static Components copyOf(Components original) {
        var copy = new Components();
        if (original == null) {
            return copy;
        }
        copy.setSchemas(copyOf(original.getSchemas()));
        copy.setResponses(copyOf(original.getResponses()));
        copy.setParameters(copyOf(original.getParameters()));
        copy.setExamples(copyOf(original.getExamples()));
        copy.setRequestBodies(copyOf(original.getRequestBodies()));
        copy.setHeaders(copyOf(original.getHeaders()));
        copy.setSecuritySchemes(copyOf(original.getSecuritySchemes()));
        copy.setLinks(copyOf(original.getLinks()));
        copy.setCallbacks(copyOf(original.getCallbacks()));
        copy.setExtensions(copyOf(original.getExtensions()));
        return copy;
    }

    private static <T> Map<String, T> copyOf(Map<String, T> original) {
        return original == null ? null : new LinkedHashMap<>(original);
    }

    /** The schemas the paths refer to, and those these refer to in turn. */
    private static Set<String> usedSchemas(OpenAPI api) {
        var used = new HashSet<String>();
        var tree = Json.mapper().valueToTree(api);
        collectReferences(tree.path("paths"), used);
        var schemas = tree.path("components").path("schemas");
        int before;
        do {
            before = used.size();
            for (var name : Set.copyOf(used)) {
                collectReferences(schemas.path(name), used);
            }
        } while (used.size() > before);
        return used;
    }

    private static void collectReferences(JsonNode node, Set<String> used) {
        if (node.isObject()) {
            var reference = node.path("$ref");
            if (reference.isTextual() && reference.asText().startsWith(SCHEMAS)) {
                used.add(reference.asText().substring(SCHEMAS.length()));
            }
            node.elements().forEachRemaining(child -> collectReferences(child, used));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectReferences(child, used));
        }
    }
}
