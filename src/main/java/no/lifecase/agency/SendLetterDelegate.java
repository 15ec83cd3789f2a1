package no.lifecase.agency;

import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.IdentityNumberList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Sends one kind of letter to the persons a variable names (a fødselsnummer or a list of them). The
 * beans below give each use a name process owners can pick in the Modeler.
 */
public class SendLetterDelegate implements JavaDelegate {

    private final CitizenLetters letters;
    private final String letter;
    private final String recipientsVariable;

    public SendLetterDelegate(CitizenLetters letters, String letter, String recipientsVariable) {
        this.letters = letters;
        this.letter = letter;
        this.recipientsVariable = recipientsVariable;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var recipients = IdentityNumberList.parse(execution.getVariable(recipientsVariable), recipientsVariable);
        letters.send(CaseReference.of(execution.getProcessBusinessKey()), recipients, letter,
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId());
    }
}
