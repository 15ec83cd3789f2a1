package no.lifecase.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.lifecase.caseworker.FormValues;
import no.lifecase.caseworker.TaskForm;
import no.lifecase.formtexts.FormTexts;
import no.lifecase.language.Language;
import org.springframework.util.MultiValueMap;

/**
 * A task's Camunda Form as the portal renders and reads it, without JavaScript: the components in the form's
 * order for the page, and the submitted HTML form fields turned into the JSON values that {@link FormValues}
 * checks against the form's own rules, as the caseworkers' worklist does. Labels, help, texts and options are the
 * reader's language's from the texts deployed beside the form (docs/adr/0052); the form's own words only where a
 * form has no texts.
 *
 * @param definition the form-js JSON as deployed
 * @param fields     its input fields and their rules
 * @param texts      its texts in each language
 */
record PortalForm(JsonNode definition, TaskForm fields, FormTexts texts) {

    /** One component on the page; {@code id} is the HTML id of its input (of its first option for a group). */
    record Component(String type, String key, String id, String label, String description, String text, boolean required,
                     boolean disabled, List<TaskForm.Option> options, List<String> values, String error) {

        public String value() {
            return values.isEmpty() ? "" : values.get(0);
        }

        public boolean chosen(String option) {
            return values.contains(option);
        }

        public boolean group() {
            return "radio".equals(type) || "checklist".equals(type);
        }

        /** The ids of the hint and the error that describe the input, for aria-describedby; null if none. */
        public String describedBy() {
            var ids = new ArrayList<String>();
            if (description != null) {
                ids.add("hint-" + key);
            }
            if (error != null) {
                ids.add("error-" + key);
            }
            return ids.isEmpty() ? null : String.join(" ", ids);
        }
    }

    /** Types rendered as inputs; other input types fall back to a text field. */
    private static final List<String> RENDERED = List.of("textfield", "textarea", "number", "checkbox", "radio", "select", "checklist");

    /**
     * The components in the form's order and the reader's language, with the values entered so far and the problems
     * found in them.
     *
     * @param errors each refused field's problem, already in the reader's language
     */
    List<Component> components(MultiValueMap<String, String> entered, Map<String, String> errors, Language language) {
        var components = new ArrayList<Component>();
        collect(definition.path("components"), entered, errors, language, components);
        return components;
    }

    /** A field's label in the reader's language, to name it in a problem; its key if the form has no such field. */
    String label(String key, Language language) {
        var field = fields.fields().get(key);
        String own = field == null ? key : field.displayName();
        return findComponent(definition.path("components"), key).filter(node -> node.hasNonNull("id"))
                .map(node -> texts.find(node.path("id").asText() + ".label", language).orElse(own))
                .orElse(own);
    }

    /** A field's options with their labels in the reader's language. */
    List<TaskForm.Option> options(String key, Language language) {
        var field = fields.fields().get(key);
        if (field == null) {
            return List.of();
        }
        String id = findComponent(definition.path("components"), key).map(node -> node.path("id").asText()).orElse("");
        return field.options().stream()
                .map(option -> new TaskForm.Option(option.value(), texts.option(id, option.value(), option.label(), language)))
                .toList();
    }

    private void collect(JsonNode nodes, MultiValueMap<String, String> entered, Map<String, String> errors, Language language,
                         List<Component> components) {
        for (JsonNode node : nodes) {
            String type = node.path("type").asText("");
            if (node.has("components")) {
                if (!node.hasNonNull("path")) {
                    collect(node.path("components"), entered, errors, language, components);
                }
            } else if ("text".equals(type)) {
                components.add(new Component("text", null, null, null, null, texts.of(node, "text", language), false, false,
                        List.of(), List.of(), null));
            } else if (node.hasNonNull("key") && fields.fields().containsKey(node.path("key").asText())) {
                var field = fields.fields().get(node.path("key").asText());
                String key = field.key();
                String shown = RENDERED.contains(field.type()) ? field.type() : "textfield";
                List<String> values = entered.getOrDefault(key, List.of());
                components.add(new Component(shown, key, shown.equals("radio") || shown.equals("checklist") ? "field-" + key + "-0" : "field-" + key,
                        label(key, language), node.hasNonNull("description") ? texts.of(node, "description", language) : null, null,
                        field.required() && !field.conditional(), field.readOnly(), options(key, language), values, errors.get(key)));
            }
        }
    }

    /**
     * The form's rules for these answers: a field whose simple {@code conditional.hide} the answers decide is left
     * out when hidden and keeps its own rules (required) when shown; any other condition leaves the field optional.
     */
    TaskForm rulesFor(MultiValueMap<String, String> submitted) {
        var rules = new LinkedHashMap<String, TaskForm.Field>();
        fields.fields().forEach((key, field) -> {
            Optional<Boolean> hidden = field.conditional() ? Condition.hidden(hideExpression(key), submitted) : Optional.of(false);
            if (hidden.isEmpty()) {
                rules.put(key, field);
            } else if (!hidden.get()) {
                rules.put(key, field.shown());
            }
        });
        return new TaskForm(fields.id(), rules);
    }

    private String hideExpression(String key) {
        return findComponent(definition.path("components"), key).map(node -> node.path("conditional").path("hide").asText(null)).orElse(null);
    }

    private static Optional<JsonNode> findComponent(JsonNode nodes, String key) {
        for (JsonNode node : nodes) {
            if (key.equals(node.path("key").asText(null)) || key.equals(node.path("path").asText(null))) {
                return Optional.of(node);
            }
            var inside = findComponent(node.path("components"), key);
            if (inside.isPresent()) {
                return inside;
            }
        }
        return Optional.empty();
    }

    /** The submitted HTML form as form values for these rules: only writable fields, empty ones left out. */
    static JsonNode values(TaskForm rules, MultiValueMap<String, String> submitted) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        for (var field : rules.fields().values()) {
            if (field.readOnly() || field.nested()) {
                continue;
            }
            List<String> given = submitted.getOrDefault(field.key(), List.of()).stream().filter(value -> !value.isEmpty()).toList();
            switch (field.type()) {
                case "checkbox" -> values.put(field.key(), given.contains("true"));
                case "checklist", "taglist" -> {
                    if (!given.isEmpty()) {
                        var list = values.putArray(field.key());
                        given.forEach(list::add);
                    }
                }
                case "number" -> {
                    if (!given.isEmpty()) {
                        values.set(field.key(), number(given.get(0).trim().replace(',', '.'), field.serializeToString()));
                    }
                }
                default -> {
                    if (!given.isEmpty()) {
                        values.put(field.key(), given.get(0));
                    }
                }
            }
        }
        return values;
    }

    /** A number as a JSON number (or as text if the form keeps it as text); what is no number stays text, and is refused. */
    private static JsonNode number(String text, boolean serializeToString) {
        try {
            var number = new BigDecimal(text);
            if (serializeToString) {
                return JsonNodeFactory.instance.textNode(number.toPlainString());
            }
            boolean whole = number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
            return whole ? JsonNodeFactory.instance.numberNode(number.longValue()) : JsonNodeFactory.instance.numberNode(number);
        } catch (NumberFormatException e) {
            return JsonNodeFactory.instance.textNode(text);
        }
    }
}
