package no.lifecase.simulator.folkeregisteret;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks JSON (as Jackson reads it into maps and lists) against a schema of Folkeregisteret's OpenAPI v1.5:
 * every property must be declared, required ones present, enum values known. Enough to catch a misspelt or
 * invented field; not a full JSON Schema validator.
 */
final class FregSchema {

    static final String PERSON = "folkeregisteret.tilgjengeliggjoering.person.v1.Folkeregisterperson";
    static final String FEED_ENTRY = "ske.folkeregister.rettighetspakke.hendelser.LagretHendelseMedDokumentIdentifikatorer";
    static final String EVENT_DOCUMENT = "folkeregisteret.tilgjengeliggjoering.hendelse.v1.DokumentForHendelse";

    private static final Map<String, Object> SCHEMAS = load();

    private FregSchema() {
    }

    static List<String> violations(Object json, String schemaName) {
        var violations = new ArrayList<String>();
        check(json, schema(schemaName), "$", violations);
        return violations;
    }

    @SuppressWarnings("unchecked")
    private static void check(Object json, Map<String, Object> schema, String path, List<String> violations) {
        if (schema.containsKey("$ref")) {
            var ref = (String) schema.get("$ref");
            check(json, schema(ref.substring(ref.lastIndexOf('/') + 1)), path, violations);
            return;
        }
        if (json == null) {
            return;
        }
        var type = (String) schema.get("type");
        if ("array".equals(type)) {
            if (!(json instanceof List<?> list)) {
                violations.add(path + " should be an array");
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                check(list.get(i), (Map<String, Object>) schema.get("items"), path + "[" + i + "]", violations);
            }
        } else if ("object".equals(type) || schema.containsKey("properties")) {
            if (!(json instanceof Map<?, ?> map)) {
                violations.add(path + " should be an object");
                return;
            }
            var properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
            for (var required : (List<String>) schema.getOrDefault("required", List.of())) {
                if (!map.containsKey(required)) {
                    violations.add(path + " lacks required " + required);
                }
            }
            map.forEach((key, value) -> {
                var property = (Map<String, Object>) properties.get(key);
                if (property == null) {
                    violations.add(path + "." + key + " is not in the schema");
                } else {
                    check(value, property, path + "." + key, violations);
                }
            });
        } else if ("string".equals(type)) {
            if (!(json instanceof String value)) {
                violations.add(path + " should be a string");
            } else if (schema.containsKey("enum") && !((List<?>) schema.get("enum")).contains(value)) {
                violations.add(path + " has unknown value " + value);
            }
        } else if ("integer".equals(type) && !(json instanceof Number)) {
            violations.add(path + " should be an integer");
        } else if ("boolean".equals(type) && !(json instanceof Boolean)) {
            violations.add(path + " should be a boolean");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(String name) {
        var schema = (Map<String, Object>) SCHEMAS.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("No schema " + name);
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try (InputStream in = FregSchema.class.getResourceAsStream("/folkeregisteret/folkeregisteret-offentlig-med-hjemmel-openapi-v1.5.yaml")) {
            Map<String, Object> spec = new Yaml().load(in);
            return (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
