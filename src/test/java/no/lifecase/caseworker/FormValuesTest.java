package no.lifecase.caseworker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server-side check of submitted values against a Camunda Form, field by field. */
class FormValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FORM = """
            {"id": "every-field", "type": "default", "components": [
              {"type": "text", "text": "Read this first"},
              {"key": "decision", "label": "Decision", "type": "radio", "validate": {"required": true},
               "values": [{"label": "Granted", "value": "granted"}, {"label": "Refused", "value": "refused"}]},
              {"key": "municipality", "label": "Municipality", "type": "textfield",
               "validate": {"minLength": 4, "maxLength": 4, "pattern": "^[0-9]{4}$"}},
              {"key": "children", "label": "Children", "type": "number", "validate": {"min": 1, "max": 12}},
              {"key": "amount", "label": "Amount", "type": "number", "decimalDigits": 2},
              {"key": "confirmed", "label": "I have checked the register", "type": "checkbox", "validate": {"required": true}},
              {"key": "grounds", "label": "Grounds", "type": "checklist",
               "values": [{"label": "Residence", "value": "residence"}, {"label": "Income", "value": "income"}]},
              {"key": "channel", "label": "Channel", "type": "select", "valuesKey": "channels"},
              {"key": "decidedOn", "label": "Decided on", "type": "datetime", "subtype": "date"},
              {"key": "contact", "label": "E-mail", "type": "textfield", "validate": {"validationType": "email"}},
              {"key": "notice", "label": "Notice", "type": "textfield", "disabled": true},
              {"key": "route", "label": "Why it was not decided automatically", "type": "textfield", "readonly": true},
              {"key": "computed", "type": "expression", "expression": "=1 + 1"},
              {"type": "group", "label": "More", "components": [
                {"key": "note", "label": "Note", "type": "textarea", "validate": {"maxLength": 10}}]},
              {"key": "onlySometimes", "label": "Only sometimes", "type": "textfield", "validate": {"required": true},
               "conditional": {"hide": "=decision = \\"refused\\""}}
            ]}
            """;

    private final TaskForm form = TaskForm.parse(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)), JSON);

    @Test
    void reads_the_input_fields_and_leaves_out_display_components() {
        assertThat(form.id()).isEqualTo("every-field");
        assertThat(form.fields().keySet()).containsExactly("decision", "municipality", "children", "amount", "confirmed", "grounds",
                "channel", "decidedOn", "contact", "notice", "route", "computed", "note", "onlySometimes");
        assertThat(form.fields().get("notice").readOnly()).isTrue();
        assertThat(form.fields().get("route").readOnly()).isTrue();
        assertThat(form.fields().get("computed").readOnly()).isTrue();
        assertThat(form.fields().get("channel").dynamicOptions()).isTrue();
    }

    @Test
    void valid_values_pass_and_become_variables_of_the_right_type() {
        var values = json("""
                {"decision": "granted", "municipality": "0301", "children": 2, "amount": 1234.5, "confirmed": true,
                 "grounds": ["residence"], "channel": "whatever-the-variable-lists", "decidedOn": "2026-03-01",
                 "contact": "saksbehandler@nav.no", "note": "Fine."}
                """);

        assertThat(FormValues.check(form, values)).isEmpty();
        var variables = FormValues.variables(form, values);
        assertThat(variables).containsEntry("decision", "granted").containsEntry("children", 2L).containsEntry("amount", 1234.5)
                .containsEntry("confirmed", true).containsKey("grounds");
    }

    @Test
    void each_invalid_field_is_named_once() {
        var values = json("""
                {"decision": "maybe", "municipality": "03O1", "children": 13, "amount": 1.234, "confirmed": false,
                 "grounds": ["residence", "luck"], "decidedOn": "1 March", "contact": "not an address",
                 "note": "Far too long for this", "notice": "changed", "route": "changed", "computed": 3, "extra": 1}
                """);

        assertThat(FormValues.check(form, values)).extracting(FormValues.Problem::field).containsExactlyInAnyOrder(
                "decision", "municipality", "children", "amount", "confirmed", "grounds", "decidedOn", "contact", "note",
                "notice", "route", "computed", "extra");
    }

    @Test
    void missing_required_values_are_named_but_a_conditional_field_is_not_required() {
        assertThat(FormValues.check(form, json("{}"))).extracting(FormValues.Problem::field).containsExactly("decision", "confirmed");
        assertThat(FormValues.check(form, json("{\"decision\": \"\", \"confirmed\": true}")))
                .extracting(FormValues.Problem::field).containsExactly("decision");
    }

    @Test
    void values_of_the_wrong_type_are_refused() {
        assertThat(FormValues.check(form, json("""
                {"decision": ["granted"], "municipality": 301, "children": "two", "confirmed": "yes", "grounds": "residence"}
                """))).extracting(FormValues.Problem::field)
                .containsExactlyInAnyOrder("decision", "municipality", "children", "confirmed", "grounds");
        assertThat(FormValues.check(form, json("[1, 2]"))).extracting(FormValues.Problem::field).containsExactly("values");
        assertThat(FormValues.check(form, null)).extracting(FormValues.Problem::field).containsExactly("values");
    }

    @Test
    void the_timeline_tells_the_chosen_options_in_words_and_leaves_free_text_out() {
        assertThat(form.describeChoices(Map.of("decision", "refused", "note", "Private remark", "grounds", List.of("income"))))
                .isEqualTo("Decision: Refused; Grounds: Income");
        assertThat(form.describeChoices(Map.of("note", "Private remark"))).isEmpty();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
