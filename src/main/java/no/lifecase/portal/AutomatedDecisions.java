package no.lifecase.portal;

import no.lifecase.agency.appeal.Appeals;
import no.lifecase.agency.documents.CitizenDocument;
import no.lifecase.decision.CaseDecisions;
import no.lifecase.decision.RecordedDecision;
import org.springframework.stereotype.Component;

/**
 * Whether a decision in the inbox was taken by the rules alone, so its recipient may ask for a caseworker (docs/adr/0056):
 * the decision recorded on the case says so where the document names one (docs/adr/0055), else the decision's texts.
 */
@Component
class AutomatedDecisions {

    private final CaseDecisions decisions;
    private final Appeals appeals;

    AutomatedDecisions(CaseDecisions decisions, Appeals appeals) {
        this.decisions = decisions;
        this.appeals = appeals;
    }

    boolean automated(CitizenDocument document) {
        return document.decisionId().flatMap(decisions::find).map(RecordedDecision::automatic)
                .orElseGet(() -> appeals.automatedByItsTexts(document));
    }
}
