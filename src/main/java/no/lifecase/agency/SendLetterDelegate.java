package no.lifecase.agency;

import java.util.Collection;
import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Sends one kind of letter to the persons a variable names (a fødselsnummer or a list of them). The
 * beans below give each use a name process owners can pick in the Modeler.
 */
class SendLetterDelegate implements JavaDelegate {

    private final CitizenLetters letters;
    private final String letter;
    private final String recipientsVariable;

    SendLetterDelegate(CitizenLetters letters, String letter, String recipientsVariable) {
        this.letters = letters;
        this.letter = letter;
        this.recipientsVariable = recipientsVariable;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var recipients = identityNumbers(execution.getVariable(recipientsVariable)).stream()
                .map(id -> Fodselsnummer.parse(id, recipientsVariable))
                .toList();
        letters.send(CaseReference.of(execution.getProcessBusinessKey()), recipients, letter,
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId());
    }

    static List<String> identityNumbers(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof String id) {
            return List.of(id);
        }
        if (value instanceof Collection<?> ids) {
            return ids.stream().map(String::valueOf).toList();
        }
        if (value instanceof SpinJsonNode json && json.isArray()) {
            return json.elements().stream().map(SpinJsonNode::stringValue).toList();
        }
        throw new IllegalArgumentException("Expected a fødselsnummer or a list of them");
    }
}
