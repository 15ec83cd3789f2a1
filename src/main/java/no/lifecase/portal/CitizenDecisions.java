package no.lifecase.portal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.lifecase.decision.CaseDecisions;
import no.lifecase.decision.DecisionKind;
import no.lifecase.decision.RecordedDecision;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.context.MessageSource;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions on a case as the citizen reads them on the case page (docs/adr/0055): what was decided, who decided
 * (the agency by name, or "automatically" with the provision that allows it), the provision it rests on, and the letter
 * that told of it. The rules' recommendations to a caseworker are the agency's working material and are not listed;
 * neither is the caseworker's name.
 */
@Service("citizenDecisions")
public class CitizenDecisions {

    private final CaseDecisions decisions;
    private final CitizenCases cases;
    private final CitizenInbox inbox;
    private final MessageSource messages;

    CitizenDecisions(CaseDecisions decisions, CitizenCases cases, CitizenInbox inbox, MessageSource messages) {
        this.decisions = decisions;
        this.cases = cases;
        this.inbox = inbox;
        this.messages = messages;
    }

    /** The decisions on the case, oldest first; none if the citizen may not see the case. */
    @Transactional(readOnly = true)
    public List<Line> onCase(Fodselsnummer citizen, String reference, Locale locale) {
        if (cases.find(citizen, reference).isEmpty()) {
            return List.of();
        }
        return decisions.onCase(reference).stream()
                .filter(decision -> decision.kind() != DecisionKind.RECOMMENDATION)
                .map(decision -> line(citizen, reference, decision, locale))
                .toList();
    }

    private Line line(Fodselsnummer citizen, String reference, RecordedDecision decision, Locale locale) {
        var subject = messages.getMessage("decision.subject." + decision.subject(), null, decision.subject(), locale);
        var outcome = messages.getMessage("decision.outcome." + decision.outcome(), null, decision.outcome(), locale);
        var decidedBy = decision.automatic()
                ? messages.getMessage("decision.decidedBy.automatic", new Object[] {decision.automationBasis()}, locale)
                : inbox.agencyName(decision.decidedBy(), locale);
        return new Line(decision.id(), subject, outcome, decidedBy, decision.automatic(), decision.legalBasis(), decision.decidedAt(),
                inbox.letterOfDecision(citizen, reference, decision.id()).orElse(null));
    }

    /** One decision as the case page shows it; {@code letterId} is null while no letter the citizen may read tells of it. */
    public record Line(String id, String subject, String outcome, String decidedBy, boolean automatic, String legalBasis,
                       Instant decidedAt, @Nullable String letterId) {
    }
}
