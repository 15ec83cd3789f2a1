package no.lifecase.lifeevent.deathandinheritance;

import java.util.LinkedHashMap;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Delegate;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.register.krr.ContactChannel;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes to the heirs on the channels KRR gave them ({@code digitalRecipients}, {@code paperRecipients}, set
 * by findContactChannels). The letter comes from the input parameter {@code letter}; a reminder step names
 * {@code daysLeft} instead and gets the reminder letter for that many days; with {@code onlyTo} it goes to those heirs
 * only.
 */
@Component(Delegate.SEND_HEIR_LETTERS)
class SendHeirLettersDelegate implements JavaDelegate {

    private final CitizenLetters letters;

    SendHeirLettersDelegate(CitizenLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var recipients = new LinkedHashMap<Fodselsnummer, ContactChannel>();
        IdentityNumberList.parse(execution.getVariable(Variable.DIGITAL_RECIPIENTS), Variable.DIGITAL_RECIPIENTS)
                .forEach(heir -> recipients.put(heir, ContactChannel.DIGITAL));
        IdentityNumberList.parse(execution.getVariable(Variable.PAPER_RECIPIENTS), Variable.PAPER_RECIPIENTS)
                .forEach(heir -> recipients.put(heir, ContactChannel.PAPER));
        if (execution.getVariableLocal(Variable.ONLY_TO) != null) {
            // A reminder to choose goes only to the heirs who have not answered yet.
            var onlyTo = IdentityNumberList.parse(execution.getVariableLocal(Variable.ONLY_TO), Variable.ONLY_TO);
            recipients.keySet().retainAll(onlyTo);
        }
        letters.send(CaseReference.of(execution.getProcessBusinessKey()), recipients, letterOf(execution),
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId());
    }

    private static String letterOf(DelegateExecution execution) {
        if (execution.getVariableLocal(Variable.DAYS_LEFT) instanceof Number days) {
            return "estate-settlement-reminder-" + days.longValue() + "-days";
        }
        return (String) execution.getVariable(Variable.LETTER);
    }
}
