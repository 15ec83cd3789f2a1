package no.lifecase.processowner;

import java.util.Locale;
import no.lifecase.modelsafety.ModelCheck;

/** One uploaded file: a BPMN model, a DMN model, a Camunda form or the texts in one language beside a model. */
record ModelFile(String name, byte[] content) {

    enum Kind { BPMN, DMN, FORM, TEXTS, UNKNOWN }

    Kind kind() {
        if (ModelCheck.textsFileBase(name).isPresent()) {
            return Kind.TEXTS;
        }
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
