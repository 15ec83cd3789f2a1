package no.lifecase.agency;

import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.IdentityNumberList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Sends a letter to those who act for an organisation: its board members ({@code boardMembers}), or the case's
 * subject (the founder) when the register named none, as the open Enhetsregisteret API does. The letter is fixed,
 * or, when {@code letter} is null, read from the variable {@code letterVariable} (a decision chose it).
 */
public class SendOrganisationLetterDelegate implements JavaDelegate {

    static final String BOARD_MEMBERS = "boardMembers";
    static final String SUBJECT = "subject";

    private final CitizenLetters letters;
    private final String letter;
    private final String letterVariable;

    public SendOrganisationLetterDelegate(CitizenLetters letters, String letter, String letterVariable) {
        this.letters = letters;
        this.letter = letter;
        this.letterVariable = letterVariable;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var recipients = IdentityNumberList.parse(execution.getVariable(BOARD_MEMBERS), BOARD_MEMBERS);
        if (recipients.isEmpty()) {
            recipients = IdentityNumberList.parse(execution.getVariable(SUBJECT), SUBJECT);
        }
        var which = letter != null ? letter : (String) execution.getVariable(letterVariable);
        letters.send(CaseReference.of(execution.getProcessBusinessKey()), recipients, which,
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId());
    }
}
