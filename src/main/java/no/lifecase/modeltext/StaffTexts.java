package no.lifecase.modeltext;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.lifecase.language.Language;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The rule that a caseworker reads their task in their own language (docs/adr/0059): every task for an agency (a user task
 * with candidate groups) has {@code <elementId>.staff} in bokmål, nynorsk and English. The BPMN name stays the modeller's.
 */
public final class StaffTexts {

    /** An agency task without its staff name in the languages named. */
    public record Finding(String elementId, Set<Language> missing) {

        public String message() {
            return "Caseworkers read task " + elementId + ", which has no text \"" + elementId + ModelTexts.STAFF + "\" in "
                    + String.join(", ", missing.stream().map(Language::tag).toList()) + ".";
        }
    }

    private StaffTexts() {
    }

    public static List<Finding> check(BpmnModelInstance model, ModelTexts texts) {
        var findings = new ArrayList<Finding>();
        for (var task : model.getModelElementsByType(UserTask.class)) {
            if (!forAnAgency(task)) {
                continue;
            }
            var missing = EnumSet.noneOf(Language.class);
            for (var language : Language.values()) {
                if (texts.staff(task.getId(), language).isEmpty()) {
                    missing.add(language);
                }
            }
            if (!missing.isEmpty()) {
                findings.add(new Finding(task.getId(), missing));
            }
        }
        return findings;
    }

    /** A task an agency's caseworkers work: it is offered to candidate groups. */
    public static boolean forAnAgency(UserTask task) {
        return task.getCamundaCandidateGroups() != null && !task.getCamundaCandidateGroups().isBlank();
    }
}
