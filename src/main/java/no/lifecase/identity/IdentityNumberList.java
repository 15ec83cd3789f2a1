package no.lifecase.identity;

import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads a process variable that names persons: one fødselsnummer, or a list of them as a Java list or a
 * JSON list (how the delegates store lists, so they stay readable in Cockpit).
 */
public final class IdentityNumberList {

    private IdentityNumberList() {
    }

    public static List<Fodselsnummer> parse(Object variable, String field) {
        if (variable == null) {
            return List.of();
        }
        if (variable instanceof String id) {
            return id.isBlank() ? List.of() : List.of(Fodselsnummer.parse(id, field));
        }
        if (variable instanceof Collection<?> ids) {
            return ids.stream().map(id -> Fodselsnummer.parse(String.valueOf(id), field)).toList();
        }
        if (variable instanceof SpinJsonNode json && json.isArray()) {
            return json.elements().stream().map(id -> Fodselsnummer.parse(id.stringValue(), field)).toList();
        }
        if (variable instanceof SpinJsonNode json && json.isString()) {
            return parse(json.stringValue(), field);
        }
        throw new InvalidIdentityNumber(field, field + " must be a fødselsnummer or a list of them");
    }
}
