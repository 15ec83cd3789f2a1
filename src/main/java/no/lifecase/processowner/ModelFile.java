package no.lifecase.processowner;

import java.util.Locale;

/** One uploaded file: a BPMN model, a DMN model or a Camunda form. */
record ModelFile(String name, byte[] content) {

    enum Kind { BPMN, DMN, FORM, UNKNOWN }

    Kind kind() {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
            return Kind.BPMN;
        }
        if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
            return Kind.DMN;
        }
        if (lower.endsWith(".form")) {
            return Kind.FORM;
        }
        return Kind.UNKNOWN;
    }
}
