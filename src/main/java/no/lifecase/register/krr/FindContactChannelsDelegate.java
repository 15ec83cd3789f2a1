package no.lifecase.register.krr;

import java.util.ArrayList;
import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Finds out how to reach the persons to inform: {@code recipients} (a list of fødselsnumre, as a Java or Spin JSON
 * list, usually an input parameter such as {@code ${heirs}}), or the case's {@code subject} when there is no such
 * variable. Sets
 * {@code digitalRecipients} and {@code paperRecipients}, lists of fødselsnumre: the process needs only who goes on
 * paper, never an address, so no contact detail leaves KRR's answer.
 */
@Component("findContactChannels")
class FindContactChannelsDelegate implements JavaDelegate {

    private final ContactChannels contactChannels;

    FindContactChannelsDelegate(ContactChannels contactChannels) {
        this.contactChannels = contactChannels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CaseReference.of(execution.getProcessBusinessKey());
        var channels = contactChannels.of(recipients(execution), caseReference);

        var digital = new ArrayList<String>();
        var paper = new ArrayList<String>();
        channels.forEach((person, channel) -> (channel == ContactChannel.DIGITAL ? digital : paper).add(person.value()));
        execution.setVariable("digitalRecipients", jsonList(digital));
        execution.setVariable("paperRecipients", jsonList(paper));
    }

    private static List<Fodselsnummer> recipients(DelegateExecution execution) {
        if (!execution.hasVariable("recipients")) {
            return List.of(Fodselsnummer.parse((String) execution.getVariable("subject"), "subject"));
        }
        return IdentityNumberList.parse(execution.getVariable("recipients"), "recipients");
    }

    /** JSON, not Java serialization: readable in Cockpit and safe across versions of this code. */
    private static Object jsonList(ArrayList<String> ids) {
        return Variables.objectValue(ids).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
