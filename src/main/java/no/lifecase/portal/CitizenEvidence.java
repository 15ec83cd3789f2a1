package no.lifecase.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.evidence.EvidenceFact;
import no.lifecase.evidence.EvidencePreview;
import no.lifecase.evidence.EvidenceReport;
import no.lifecase.evidence.EvidenceReports;
import no.lifecase.evidence.EvidenceSubjects;
import no.lifecase.identity.Fodselsnummer;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register data a decision will rest on, as a reader previews it on their task "Se over opplysningene", grouped by
 * register with the date each fact was read; and what the citizen reported and the register owners' answers, on the
 * case page (docs/adr/0063). Only the task's own reader sees the facts.
 */
@Service("citizenEvidence")
public class CitizenEvidence {

    /** The facts of one register, in the order the life event gives them. */
    public record RegisterFacts(String register, List<EvidenceFact> facts) {
    }

    private final CitizenCases cases;
    private final TaskService tasks;
    private final EvidenceSubjects subjects;
    private final EvidenceReports reports;

    CitizenEvidence(CitizenCases cases, TaskService tasks, EvidenceSubjects subjects, EvidenceReports reports) {
        this.cases = cases;
        this.tasks = tasks;
        this.subjects = subjects;
        this.reports = reports;
    }

    /** The facts for this task if it is the citizen's own "Se over opplysningene" on this case; else none. */
    @Transactional(readOnly = true)
    public List<RegisterFacts> forTask(Fodselsnummer citizen, String reference, String taskId) {
        var lifeEventCase = cases.find(citizen, reference);
        var task = tasks.createTaskQuery().taskId(taskId).processDefinitionKey(EvidencePreview.PROCESS_ID)
                .taskDefinitionKey(EvidencePreview.Element.CHECK_EVIDENCE).taskAssignee(citizen.value())
                .processInstanceBusinessKey(reference).singleResult();
        if (lifeEventCase.isEmpty() || task == null) {
            return List.of();
        }
        var subject = (String) tasks.getVariable(taskId, EvidencePreview.Variable.SUBJECT);
        var byRegister = new LinkedHashMap<String, List<EvidenceFact>>();
        subjects.find(subject).factsFor(CaseReference.of(reference), citizen)
                .forEach(fact -> byRegister.computeIfAbsent(fact.register(), register -> new ArrayList<>()).add(fact));
        return byRegister.entrySet().stream().map(entry -> new RegisterFacts(entry.getKey(), List.copyOf(entry.getValue()))).toList();
    }

    /** What the citizen reported wrong on this case, oldest first, with the answers so far. */
    @Transactional(readOnly = true)
    public List<EvidenceReport> reportsOn(Fodselsnummer citizen, String reference) {
        return cases.find(citizen, reference).map(lifeEventCase -> reports.by(lifeEventCase.reference(), citizen)).orElse(List.of());
    }
}
