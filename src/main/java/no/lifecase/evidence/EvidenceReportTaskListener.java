package no.lifecase.evidence;

import no.lifecase.evidence.EvidencePreview.Value;
import no.lifecase.evidence.EvidencePreview.Variable;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The register owner's task "Svar på en feil i registeropplysningene": on creation its description carries the
 * register, the facts as the citizen saw them and the citizen's words (never their identity number); on completion
 * the owner's answer is kept with the report, for the citizen to read.
 */
@Component("evidenceReportTask")
class EvidenceReportTaskListener implements TaskListener {

    private final EvidenceReports reports;

    EvidenceReportTaskListener(EvidenceReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        var reportId = (String) task.getVariable(Variable.REPORT_ID);
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            var report = reports.find(reportId);
            task.setDescription("""
                    Innbyggeren sier at opplysningene fra %s i sak %s er feil.

                    Opplysningene slik innbyggeren så dem:
                    %s

                    Innbyggeren skriver:
                    %s""".formatted(report.register(), report.caseRef(), report.factsShown(), report.text()));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            reports.answer(reportId, Value.CORRECTED.equals(task.getVariable(Variable.REPORT_OUTCOME)),
                    (String) task.getVariable(Variable.REPORT_ANSWER));
        }
    }
}
