package no.lifecase.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import no.lifecase.caseworker.FormValues;
import no.lifecase.caseworker.TaskForm;
import org.springframework.util.MultiValueMap;

/**
 * A task's Camunda Form as the portal renders and reads it, without JavaScript: the components in the form's
 * order for the page, and the submitted HTML form fields turned into the JSON values that {@link FormValues}
 * checks against the form's own rules, as the caseworkers' worklist does.
 *
 * @param definition the form-js JSON as deployed
 * @param fields     its input fields and their rules
 */
record PortalForm(JsonNode definition, TaskForm fields) {

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

    /** The components in the form's order, with the values entered so far and the problems found in them. */
    List<Component> components(MultiValueMap<String, String> entered, List<FormValues.Problem> problems) {
        var components = new ArrayList<Component>();
        collect(definition.path("components"), entered, problems, components);
        return components;
    }

    private void collect(JsonNode nodes, MultiValueMap<String, String> entered, List<FormValues.Problem> problems,
                         List<Component> components) {
        for (JsonNode node : nodes) {
            String type = node.path("type").asText("");
            if (node.has("components")) {
                if (!node.hasNonNull("path")) {
                    collect(node.path("components"), entered, problems, components);
                }
            } else if ("text".equals(type)) {
                components.add(new Component("text", null, null, null, null, node.path("text").asText(""), false, false,
                        List.of(), List.of(), null));
            } else if (node.hasNonNull("key") && fields.fields().containsKey(node.path("key").asText())) {
                var field = fields.fields().get(node.path("key").asText());
                String key = field.key();
                String shown = RENDERED.contains(field.type()) ? field.type() : "textfield";
                String error = problems.stream().filter(problem -> problem.field().equals(key)).map(FormValues.Problem::detail)
                        .findFirst().orElse(null);
                List<String> values = entered.getOrDefault(key, List.of());
                components.add(new Component(shown, key, shown.equals("radio") || shown.equals("checklist") ? "field-" + key + "-0" : "field-" + key,
                        field.displayName(), node.hasNonNull("description") ? node.path("description").asText() : null, null,
                        field.required() && !field.conditional(), field.readOnly(), field.options(), values, error));
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
