package no.lifecase.evidence;

import no.lifecase.casefile.CaseReference;
import no.lifecase.evidence.EvidencePreview.Value;
import no.lifecase.evidence.EvidencePreview.Variable;
import no.lifecase.identity.Fodselsnummer;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a reader completes "Se over opplysningene": a "something is wrong" is filed as a report for the register's
 * owner, and the reader's branch of the preview learns where it goes ({@code evidenceOwner}) and which it is.
 */
@Component("recordEvidenceCheck")
class RecordEvidenceCheckListener implements TaskListener {

    private final EvidenceReports reports;

    RecordEvidenceCheckListener(EvidenceReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!Value.WRONG.equals(task.getVariable(Variable.ANSWER))) {
            return;
        }
        var report = reports.report(CaseReference.of(task.getExecution().getProcessBusinessKey()), task.getProcessInstanceId(),
                (String) task.getVariable(Variable.SUBJECT), Fodselsnummer.parse(task.getAssignee()),
                (String) task.getVariable(Variable.WRONG_REGISTER), (String) task.getVariable(Variable.WRONG_TEXT));
        task.setVariable(Variable.OWNER, report.ownerAgency());
        task.setVariable(Variable.REPORT_ID, report.id());
        task.setVariable(Variable.REPORTED_FACTS, report.factsShown());
        task.setVariable(Variable.REPORTED_TEXT, report.text());
    }
}
