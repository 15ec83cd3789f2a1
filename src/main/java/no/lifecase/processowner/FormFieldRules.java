package no.lifecase.processowner;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the fields of a Camunda form must do (ADR 0030): at least one field to fill in is required, so that an empty
 * form cannot complete a task; free text that people type is bounded, since it is stored on the case and shown to
 * caseworkers; and a choice offers more than one answer.
 */
final class FormFieldRules {

    private static final Set<String> FREE_TEXT = Set.of("textfield", "textarea");
    private static final Set<String> CHOICES = Set.of("radio", "select");

    private FormFieldRules() {
    }

    static void check(ModelFile file, String formId, JsonNode components, List<ModelFinding> findings) {
        var inputs = new ArrayList<JsonNode>();
        collectInputs(components, inputs);
        if (inputs.stream().noneMatch(input -> input.path("validate").path("required").asBoolean() && !readOnly(input))) {
            findings.add(ModelFinding.error(file.name(), formId, "form-required-field",
                    "The form has no required field to fill in, so it can be completed empty; mark at least one field as required."));
        }
        for (JsonNode input : inputs) {
            String type = input.path("type").asText();
            String key = input.path("key").asText();
            if (FREE_TEXT.contains(type) && !readOnly(input) && input.path("validate").path("maxLength").asInt() <= 0) {
                findings.add(ModelFinding.error(file.name(), key, "form-max-length",
                        "The text field " + key + " needs a maximum length (validate.maxLength)."));
            }
            // A field that takes its choices from a variable (valuesKey, valuesExpression) is filled at run time.
            boolean choicesFromData = input.hasNonNull("valuesKey") || input.hasNonNull("valuesExpression");
            if (CHOICES.contains(type) && !choicesFromData && input.path("values").size() < 2) {
                findings.add(ModelFinding.error(file.name(), key, "form-choices",
                        "The choice " + key + " offers " + input.path("values").size() + " answer(s); a choice needs at least two."));
            }
        }
    }

    /** A field that only shows a value (disabled, or read-only for good), as the worklist reads it: never submitted. */
    private static boolean readOnly(JsonNode input) {
        return input.path("disabled").asBoolean(false) || input.path("readonly").isBoolean() && input.path("readonly").asBoolean();
    }

    /** The fields that hold an answer (they have a key), also inside groups. */
    private static void collectInputs(JsonNode components, List<JsonNode> inputs) {
        if (components == null || !components.isArray()) {
            return;
        }
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                inputs.add(component);
            }
            collectInputs(component.get("components"), inputs);
        }
    }
}
