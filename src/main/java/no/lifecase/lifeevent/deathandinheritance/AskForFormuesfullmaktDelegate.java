package no.lifecase.lifeevent.deathandinheritance;

import java.util.ArrayList;
import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.register.domstol.DomstolInnsendingClient;
import no.lifecase.register.domstol.FormuesfullmaktRequest;
import no.lifecase.signing.DeclarationSigning;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * Asks the case's district court ({@code courtAgency}, decided with the other offices from the deceased's last address)
 * for a formuesfullmakt for the heirs, so that they can see the estate before they choose how it is settled
 * (docs/adr/0064). Sets {@code formuesfullmaktGranted} and {@code formuesfullmaktHeirs} (the heirs the court named). A
 * court that refuses or cannot be reached grants nobody: the heirs then choose without the overview, rather than wait.
 */
@Component(DeathAndInheritance.Delegate.ASK_FOR_FORMUESFULLMAKT)
class AskForFormuesfullmaktDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(AskForFormuesfullmaktDelegate.class);

    private final DomstolInnsendingClient court;

    AskForFormuesfullmaktDelegate(DomstolInnsendingClient court) {
        this.court = court;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseRef = CaseReference.of(execution.getProcessBusinessKey());
        var deceased = Fodselsnummer.parse((String) execution.getVariable(Variable.SUBJECT), Variable.SUBJECT);
        var heirs = IdentityNumberList.parse(execution.getVariable(Variable.HEIRS), Variable.HEIRS);
        var courtAgency = (String) execution.getVariable(Variable.COURT_AGENCY);
        var granted = heirs.isEmpty() ? List.<String>of() : ask(caseRef, deceased, courtAgency, heirs);
        execution.setVariable(Variable.FORMUESFULLMAKT_GRANTED, !granted.isEmpty());
        execution.setVariable(Variable.FORMUESFULLMAKT_HEIRS, Variables.objectValue(new ArrayList<>(granted))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }

    private List<String> ask(CaseReference caseRef, Fodselsnummer deceased, String courtAgency, List<Fodselsnummer> heirs) {
        try {
            var courtCode = DeclarationSigning.courtCode(courtAgency);
            var answer = court.askForFormuesfullmakt(new FormuesfullmaktRequest(deceased.value(), courtCode,
                    heirs.stream().map(Fodselsnummer::value).toList()));
            var asked = heirs.stream().map(Fodselsnummer::value).toList();
            // Only heirs we asked for: an answer naming anyone else must not open the estate to them.
            return answer == null ? List.of() : answer.granted().stream().filter(asked::contains).distinct().toList();
        } catch (RestClientException | RegisterUnavailable e) {
            log.warn("Case {}: no formuesfullmakt from the district court ({}); the heirs choose without the estate overview",
                    caseRef, e.getClass().getSimpleName());
            return List.of();
        }
    }
}
