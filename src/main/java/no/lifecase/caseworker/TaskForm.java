package no.lifecase.caseworker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.lifecase.formtexts.FormTexts;
import no.lifecase.language.Language;

/**
 * The input fields of a Camunda Form (form-js JSON, as deployed with the process), with what the form
 * itself says about valid values: required, length, range, pattern and the options of radio buttons,
 * selects and checklists. Display-only components (text, images, buttons …) are left out.
 */
public record TaskForm(String id, Map<String, Field> fields) {

    /** Field types whose value is one or several of the listed options. */
    static final Set<String> CHOICE_TYPES = Set.of("radio", "select", "checklist", "taglist");
    /** Field types a caseworker enters a value into. */
    static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "radio", "select", "checkbox",
            "checklist", "taglist", "datetime");

    public record Option(String value, String label) {
    }

    /**
     * One input field.
     *
     * @param readOnly       disabled, read-only or computed (expression): shown, never submitted
     * @param conditional    shown only under a condition the server does not evaluate, so never required here
     * @param dynamicOptions options come from a variable or expression, so the server cannot list them
     * @param nested         a group with a path or a dynamic list: its value is a JSON object or array
     */
    public record Field(String key, String label, String type, boolean required, Integer minLength, Integer maxLength,
                 Double min, Double max, Integer decimalDigits, String pattern, String validationType, String subtype,
                 List<Option> options, boolean dynamicOptions, boolean readOnly, boolean conditional, boolean nested,
                 boolean serializeToString, String componentId) {

        public Field(String key, String label, String type, boolean required, Integer minLength, Integer maxLength,
                     Double min, Double max, Integer decimalDigits, String pattern, String validationType, String subtype,
                     List<Option> options, boolean dynamicOptions, boolean readOnly, boolean conditional, boolean nested,
                     boolean serializeToString) {
            this(key, label, type, required, minLength, maxLength, min, max, decimalDigits, pattern, validationType, subtype, options,
                    dynamicOptions, readOnly, conditional, nested, serializeToString, null);
        }

        public boolean isChoice() {
            return CHOICE_TYPES.contains(type);
        }

        Optional<String> labelOf(Object value) {
            return options.stream().filter(option -> option.value().equals(String.valueOf(value))).map(Option::label).findFirst();
        }

        /** The same field with its condition known to show it, so that its own rules (required) apply. */
        public Field shown() {
            return new Field(key, label, type, required, minLength, maxLength, min, max, decimalDigits, pattern, validationType,
                    subtype, options, dynamicOptions, readOnly, false, nested, serializeToString, componentId);
        }

        public String displayName() {
            return label == null || label.isBlank() ? key : label;
        }
    }

    public static TaskForm parse(InputStream json, ObjectMapper mapper) {
        try (json) {
            JsonNode root = mapper.readTree(json);
            var fields = new LinkedHashMap<String, Field>();
            collect(root.path("components"), fields);
            return new TaskForm(root.path("id").asText(null), fields);
        } catch (IOException e) {
            throw new UncheckedIOException("The task's form is not valid JSON", e);
        }
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            boolean container = component.has("components");
            if (container && component.hasNonNull("path") && !component.path("path").asText().isBlank()) {
                // A group with a path or a dynamic list: one variable holding an object or a list of objects.
                String path = component.path("path").asText();
                fields.put(path, new Field(path, component.path("label").asText(null), type, false, null, null, null, null,
                        null, null, null, null, List.of(), false, false, component.has("conditional"), true, false,
                        component.path("id").asText(null)));
            } else if (container) {
                collect(component.path("components"), fields);
            } else if (component.hasNonNull("key") && (INPUT_TYPES.contains(type) || "expression".equals(type))) {
                fields.put(component.path("key").asText(), field(component, type));
            }
        }
    }

    private static Field field(JsonNode component, String type) {
        JsonNode validate = component.path("validate");
        var options = new ArrayList<Option>();
        component.path("values").forEach(option -> options.add(new Option(option.path("value").asText(), option.path("label").asText())));
        boolean readOnly = "expression".equals(type) || component.path("disabled").asBoolean(false)
                || component.path("readonly").isBoolean() && component.path("readonly").asBoolean();
        return new Field(component.path("key").asText(), component.path("label").asText(null), type,
                validate.path("required").asBoolean(false),
                integer(validate, "minLength"), integer(validate, "maxLength"), decimal(validate, "min"), decimal(validate, "max"),
                integer(component, "decimalDigits"), text(validate, "pattern"), text(validate, "validationType"),
                text(component, "subtype"), List.copyOf(options),
                component.has("valuesKey") || component.has("valuesExpression"),
                readOnly, component.has("conditional"), false, component.path("serializeToString").asBoolean(false),
                component.path("id").asText(null));
    }

    private static Integer integer(JsonNode node, String name) {
        return node.path(name).isNumber() ? node.path(name).intValue() : null;
    }

    private static Double decimal(JsonNode node, String name) {
        return node.path(name).isNumber() ? node.path(name).doubleValue() : null;
    }

    private static String text(JsonNode node, String name) {
        return node.path(name).isTextual() && !node.path(name).asText().isBlank() ? node.path(name).asText() : null;
    }

    /**
     * The chosen options in words, for the case's timeline: "Decision on child benefit: Granted".
     * Free text stays out: it is for the case file and letters, not for a one-line history.
     */
    String describeChoices(Map<String, Object> values) {
        return describeChoices(values, FormTexts.none(), Language.EN);
    }

    /** The chosen options in words, with the labels of the form's texts in this language where it has them (docs/adr/0059). */
    String describeChoices(Map<String, Object> values, FormTexts texts, Language language) {
        var parts = new ArrayList<String>();
        for (var field : fields.values()) {
            Object value = values.get(field.key());
            if (!field.isChoice() || field.readOnly() || value == null) {
                continue;
            }
            var chosen = new ArrayList<String>();
            if (value instanceof Iterable<?> several) {
                several.forEach(one -> chosen.add(optionLabel(field, one, texts, language)));
            } else {
                chosen.add(optionLabel(field, value, texts, language));
            }
            if (!chosen.isEmpty()) {
                parts.add(label(field, texts, language) + ": " + String.join(", ", chosen));
            }
        }
        return String.join("; ", parts);
    }

    /** The field's label in this language: its text, else the form's own words, else its key. */
    static String label(Field field, FormTexts texts, Language language) {
        return field.componentId() == null ? field.displayName()
                : texts.find(field.componentId() + ".label", language).orElse(field.displayName());
    }

    static String optionLabel(Field field, Object value, FormTexts texts, Language language) {
        String own = field.labelOf(value).orElse(String.valueOf(value));
        return field.componentId() == null ? own : texts.option(field.componentId(), String.valueOf(value), own, language);
    }
}
