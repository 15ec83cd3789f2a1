package no.lifecase.modeltext;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.lifecase.language.Language;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The rule that a citizen never meets a BPMN name (docs/adr/0050-texts-in-bokmal-nynorsk-and-english.md): an element is
 * shown to citizens if it is a task for a person (an assignee or candidate users, no candidate groups) or has a text in
 * any language, and every text it has must exist in all three languages. A text for an element the model does not have
 * is a finding too: it is left over from an element renamed or removed.
 */
public final class CitizenTexts {

    /** A text the model lacks (in the languages named), or one it has for no element of the model (languages empty). */
    public record Finding(String elementId, String key, Set<Language> missing) {

        public boolean leftOver() {
            return missing.isEmpty();
        }

        public String message() {
            if (leftOver()) {
                return "The texts have \"" + key + "\", but the model has no element " + elementId + ".";
            }
            return "The citizen reads element " + elementId + " (text \"" + key + "\"), which has no text in "
                    + missing.stream().map(Language::tag).collect(Collectors.joining(", ")) + ".";
        }
    }

    private CitizenTexts() {
    }

    public static List<Finding> check(BpmnModelInstance model, ModelTexts texts) {
        var findings = new ArrayList<Finding>();
        var elementIds = model.getModelElementsByType(FlowElement.class).stream().map(FlowElement::getId)
                .collect(Collectors.toCollection(TreeSet::new));
        var required = new TreeSet<String>(texts.keys());
        model.getModelElementsByType(UserTask.class).stream()
                .filter(CitizenTexts::forAPerson)
                .forEach(task -> required.add(task.getId()));
        for (var key : required) {
            var element = ModelTexts.elementOf(key);
            if (!elementIds.contains(element)) {
                findings.add(new Finding(element, key, Set.of()));
                continue;
            }
            var missing = EnumSet.noneOf(Language.class);
            for (var language : Language.values()) {
                if (texts.text(key, language).isEmpty()) {
                    missing.add(language);
                }
            }
            if (!missing.isEmpty()) {
                findings.add(new Finding(element, key, missing));
            }
        }
        return findings;
    }

    /** A task that waits for a person (the citizen, a parent, a board member), not for an agency's caseworkers. */
    public static boolean forAPerson(UserTask task) {
        boolean person = notBlank(task.getCamundaAssignee()) || notBlank(task.getCamundaCandidateUsers());
        return person && !notBlank(task.getCamundaCandidateGroups());
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
