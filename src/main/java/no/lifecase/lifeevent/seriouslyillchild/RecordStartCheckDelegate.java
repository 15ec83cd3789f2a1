package no.lifecase.lifeevent.seriouslyillchild;

import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.folkeregisteret.FolkeregisteretClient;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Notes on the case the Folkeregisteret read that {@link SeriouslyIllChildStart} made to let the parent start it:
 * that read came before the case existed, and the citizen must see every read with its purpose (docs/adr/0019).
 * No register call: a retried step writes the entry once, since a failed attempt rolls back.
 */
@Component(SeriouslyIllChild.Delegate.RECORD_START_CHECK)
class RecordStartCheckDelegate implements JavaDelegate {

    private final DataAccessLog accessLog;

    RecordStartCheckDelegate(DataAccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var child = Fodselsnummer.parse((String) execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT);
        accessLog.record(CaseReference.of(execution.getProcessBusinessKey()), FolkeregisteretClient.REGISTER,
                SeriouslyIllChildModule.LIFE_EVENT.accessPurpose(), child.value(), SeriouslyIllChildStart.CHILD_FIELDS);
    }
}
