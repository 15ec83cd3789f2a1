package no.lifecase.processowner;

import java.util.Locale;
import no.lifecase.modeltext.ModelTextFiles;

/** One uploaded file: a BPMN model, a DMN model, a Camunda form or the texts of a model in one language. */
record ModelFile(String name, byte[] content) {

    enum Kind { BPMN, DMN, FORM, TEXTS, UNKNOWN }

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
        if (ModelTextFiles.isTexts(name)) {
            return Kind.TEXTS;
        }
        return Kind.UNKNOWN;
    }
}
