package no.lifecase.lifeevent.deathandinheritance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Delegate;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.HeirChoice;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Adds one heir's answer to the case's tally when their task "Choose how the estate is settled" is completed. The
 * tally only counts; which choice holds is the decision estate-declaration's, and when the answers may stop is the
 * model's completion condition (docs/adr/0061). The answer itself stays local to the heir's task, and is kept for the
 * case page in {@link HeirDeclarations}.
 */
@Component(Delegate.RECORD_HEIR_DECLARATION)
class RecordHeirDeclarationListener implements TaskListener {

    private final HeirDeclarations declarations;

    RecordHeirDeclarationListener(HeirDeclarations declarations) {
        this.declarations = declarations;
    }

    @Override
    public void notify(DelegateTask task) {
        var heir = (String) task.getVariable(Variable.HEIR);
        var choice = String.valueOf(task.getVariable(Variable.SETTLEMENT_CHOICE));
        var takesOnDebts = Boolean.TRUE.equals(task.getVariable(Variable.TAKES_ON_DEBTS));
        var caseScope = task.getExecution().getProcessInstance();

        declarations.answer(caseScope.getProcessBusinessKey(), heir, choice, takesOnDebts);
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
            case HeirChoice.REFUSE_PRIVATE_SETTLEMENT -> {
                // Counted by what it is not: the decision sees an heir who neither agreed nor renounced.
            }
            default -> throw new IllegalArgumentException("Not a choice of settlement: " + choice);
        }
        if (!HeirChoice.RENOUNCE.equals(choice) && !HeirChoice.REFUSE_PRIVATE_SETTLEMENT.equals(choice)) {
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
        scope.setVariable(list, sameFormat(scope, list, ids));
    }

    private static void remove(DelegateExecution scope, String list, String heir) {
        var ids = ids(scope, list);
        ids.remove(heir);
        scope.setVariable(list, sameFormat(scope, list, ids));
    }

    private static List<String> ids(DelegateExecution scope, String list) {
        // The ids as findWhoDeclares stored them: already read from Folkeregisteret, so only copied here.
        var value = scope.getVariable(list);
        if (value instanceof SpinJsonNode json) {
            return new ArrayList<>(json.elements().stream().map(SpinJsonNode::stringValue).toList());
        }
        return value instanceof Collection<?> ids ? new ArrayList<>(ids.stream().map(String::valueOf).toList()) : new ArrayList<>();
    }

    /** Stored as the list was: JSON where findWhoDeclares wrote JSON, so it stays readable in Cockpit. */
    private static Object sameFormat(DelegateExecution scope, String list, List<String> ids) {
        var stored = scope.getVariableTyped(list, false);
        if (stored instanceof ObjectValue object && Variables.SerializationDataFormats.JSON.getName().equals(object.getSerializationDataFormat())) {
            return Variables.objectValue(new ArrayList<>(ids)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
        }
        return new ArrayList<>(ids);
    }

}
