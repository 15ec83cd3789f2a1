package no.lifecase.lifeevent.deathandinheritance;

import java.util.ArrayList;
import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Delegate;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.HeirChoice;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Adds one heir's answer to the case's tally when their task "Choose how the estate is settled" is completed. The
 * tally only counts; which choice holds is the decision estate-declaration's, and when the answers may stop is the
 * model's completion condition (docs/adr/0061). The answer itself stays local to the heir's task.
 */
@Component(Delegate.RECORD_HEIR_DECLARATION)
class RecordHeirDeclarationListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        var heir = (String) task.getVariable(Variable.HEIR);
        var choice = String.valueOf(task.getVariable(Variable.SETTLEMENT_CHOICE));
        var takesOnDebts = Boolean.TRUE.equals(task.getVariable(Variable.TAKES_ON_DEBTS));
        var caseScope = task.getExecution().getProcessInstance();

        remove(caseScope, Variable.HEIRS_YET_TO_ANSWER, heir);
        switch (choice) {
            case HeirChoice.PRIVATE_SETTLEMENT -> {
                increment(caseScope, Variable.HEIRS_AGREEING_TO_PRIVATE_SETTLEMENT);
                if (takesOnDebts) {
                    increment(caseScope, Variable.HEIRS_TAKING_ON_DEBTS);
                    add(caseScope, Variable.DEBT_TAKERS, heir);
                }
            }
            case HeirChoice.UNDIVIDED_ESTATE -> {
                if (heir.equals(caseScope.getVariable(Variable.SPOUSE_ID))) {
                    caseScope.setVariable(Variable.SPOUSE_CHOSE_UNDIVIDED_ESTATE, true);
                } else if (ids(caseScope, Variable.STEPCHILDREN).contains(heir)) {
                    caseScope.setVariable(Variable.STEPCHILDREN_WITHOUT_CONSENT,
                            ((Number) caseScope.getVariable(Variable.STEPCHILDREN_WITHOUT_CONSENT)).intValue() - 1);
                }
            }
            case HeirChoice.PUBLIC_SETTLEMENT -> caseScope.setVariable(Variable.PUBLIC_SETTLEMENT_ASKED, true);
            case HeirChoice.RENOUNCE -> increment(caseScope, Variable.HEIRS_RENOUNCING);
            default -> throw new IllegalArgumentException("Not a choice of settlement: " + choice);
        }
        if (!HeirChoice.RENOUNCE.equals(choice)) {
            add(caseScope, Variable.DECLARATION_SIGNERS, heir);
        }
    }

    private static void increment(DelegateExecution scope, String counter) {
        scope.setVariable(counter, ((Number) scope.getVariable(counter)).intValue() + 1);
    }

    private static void add(DelegateExecution scope, String list, String heir) {
        var ids = ids(scope, list);
        if (!ids.contains(heir)) {
            ids.add(heir);
        }
        scope.setVariable(list, json(ids));
    }

    private static void remove(DelegateExecution scope, String list, String heir) {
        var ids = ids(scope, list);
        ids.remove(heir);
        scope.setVariable(list, json(ids));
    }

    private static List<String> ids(DelegateExecution scope, String list) {
        return new ArrayList<>(IdentityNumberList.parse(scope.getVariable(list), list).stream().map(Fodselsnummer::value).toList());
    }

    private static Object json(List<String> ids) {
        return Variables.objectValue(new ArrayList<>(ids)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
