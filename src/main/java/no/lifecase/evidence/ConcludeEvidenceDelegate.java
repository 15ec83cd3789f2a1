package no.lifecase.evidence;

import no.lifecase.evidence.EvidencePreview.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Once every reader has answered and every report is answered: {@code evidenceCorrected} for the calling decision. */
@Component("concludeEvidence")
class ConcludeEvidenceDelegate implements JavaDelegate {

    private final EvidenceReports reports;

    ConcludeEvidenceDelegate(EvidenceReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(Variable.CORRECTED, reports.anyCorrected(execution.getProcessInstanceId()));
    }
}
