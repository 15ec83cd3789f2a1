package no.lifecase.processowner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.lifecase.formtexts.FormTexts;
import no.lifecase.language.Language;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A citizen reads a form in bokmål, nynorsk or English, so a citizen form is deployed with its texts in all three
 * (docs/adr/0052): the forms of user tasks for a person (an assignee or candidate users, no candidate groups) and of
 * start events, which only citizens fill in (ADR 0018). Staff forms need no texts.
 */
final class CitizenFormTexts {

    static final String RULE = "citizen-texts";

    private CitizenFormTexts() {
    }

    /** The ids of the forms a citizen fills in, as this model references them. */
    static Set<String> citizenForms(BpmnModelInstance model) {
        var forms = new LinkedHashSet<String>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            boolean forAPerson = !blank(task.getCamundaAssignee()) || !blank(task.getCamundaCandidateUsers());
            if (forAPerson && blank(task.getCamundaCandidateGroups()) && !blank(task.getCamundaFormRef())) {
                forms.add(task.getCamundaFormRef());
            }
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (!blank(start.getCamundaFormRef())) {
                forms.add(start.getCamundaFormRef());
            }
        }
        return forms;
    }

    /**
     * @param form     an uploaded citizen form
     * @param uploaded every file of the upload, by name, where the form's texts files are looked for
     */
    static void check(ModelFile form, JsonNode definition, Map<String, ModelFile> uploaded, List<ModelFinding> findings) {
        String base = form.name().substring(0, form.name().length() - ".form".length());
        var files = new EnumMap<Language, InputStream>(Language.class);
        for (Language language : Language.values()) {
            var texts = uploaded.get(base + "_" + language.tag() + ".properties");
            if (texts != null) {
                files.put(language, new ByteArrayInputStream(texts.content()));
            }
        }
        FormTexts texts;
        try {
            texts = FormTexts.read(files);
        } catch (IllegalArgumentException e) {
            return;   // the texts file itself is reported as unreadable
        }
        for (var missing : texts.missing(definition)) {
            String languages = missing.languages().stream().map(Language::tag).collect(Collectors.joining(", "));
            String where = missing.languages().stream().map(language -> base + "_" + language.tag() + ".properties")
                    .collect(Collectors.joining(", "));
            findings.add(ModelFinding.error(form.name(), missing.componentId(), RULE,
                    "A citizen fills in this form, so " + missing.key() + " needs a text in every language; it has none in "
                            + languages + ". Add it to " + where + "."));
        }
        for (String key : texts.leftOver(definition)) {
            findings.add(ModelFinding.warning(form.name(), key.contains(".") ? key.substring(0, key.indexOf('.')) : key, RULE,
                    "The texts have " + key + ", which the form does not show: a component, option or text that is gone, or a typing error."));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
