package no.lifecase.agency.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.documents.CitizenDocuments;
import no.lifecase.agency.documents.Decision;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision an appeal ended in, written to the appellant (docs/adr/0056): the deciding agency's changed decision,
 * which is a new decision and can be appealed (forvaltningsloven § 33 andre ledd), or the appeal body's, which is final
 * (§§ 34 and 28 tredje ledd). Either names the decision appealed against, the outcome, the reasons as the decider wrote
 * them and who decided, and is sent by who decided (docs/adr/0054).
 */
@Component
class AppealDecisionLetters {

    /** The deciding agency changed its decision. */
    static final String CHANGED_LETTER = "appeal-decision-changed";
    /** The appeal body confirmed the decision. */
    static final String UPHELD_LETTER = "appeal-body-upheld";
    /** The appeal body changed the decision. */
    static final String REVERSED_LETTER = "appeal-body-reversed";
    /** The appeal body set the decision aside and sent the case back to the deciding agency. */
    static final String RETURNED_LETTER = "appeal-body-returned";

    private final DecisionAppealRepository appeals;
    private final CitizenDocuments documents;
    private final CitizenLetters letters;

    AppealDecisionLetters(DecisionAppealRepository appeals, CitizenDocuments documents, CitizenLetters letters) {
        this.appeals = appeals;
        this.documents = documents;
        this.letters = letters;
    }

    /** Sends the decided appeal's decision to the appellant; the same {@code sendingKey} sends nothing new. */
    @Transactional
    public void send(String appealId, String sendingKey) {
        var appeal = appeals.findById(appealId).orElseThrow(() -> new IllegalStateException("No appeal " + appealId));
        if (appeal.stage() != AppealStage.DECIDED) {
            throw new IllegalStateException("Appeal " + appealId + " is not decided yet, so it has no decision to send");
        }
        var appealed = documents.find(appeal.documentId()).orElseThrow(() ->
                new IllegalStateException("Appeal " + appealId + " names no document to write about"));
        var decidedBy = appeal.heldBy();
        var sentOn = onTheDay(appealed.sentAt());
        List<Object> values = List.of(appealed.title(), sentOn, onTheDay(appeal.receivedAt()),
                new Decision.AgencyName(appeal.decidingAgency()), new Decision.AgencyName(decidedBy));
        var facts = List.of(new Decision.Fact("appealedDecision", appealed.title(), "innboksen"),
                new Decision.Fact("decisionSentOn", sentOn, "innboksen"),
                new Decision.Fact("appealReceived", onTheDay(appeal.receivedAt()), "klagen"));
        var decision = new Decision(letterFor(appeal, decidedBy), values, facts, null, null, null,
                appeal.answer().orElse(null), decidedBy);
        letters.sendDecision(CaseReference.of(appeal.caseRef()), List.of(Fodselsnummer.parse(appeal.appellant(), "appellant")),
                decision, sendingKey);
    }

    private static String letterFor(DecisionAppeal appeal, String decidedBy) {
        var outcome = appeal.outcome().orElse("");
        if (decidedBy.equals(appeal.decidingAgency())) {
            if (!AppealNames.Value.CHANGED.equals(outcome)) {
                throw new IllegalStateException("Appeal " + appeal.id() + " ended with the deciding agency without a change");
            }
            return CHANGED_LETTER;
        }
        return switch (outcome) {
            case AppealNames.Value.UPHELD -> UPHELD_LETTER;
            case AppealNames.Value.REVERSED -> REVERSED_LETTER;
            case AppealNames.Value.RETURNED -> RETURNED_LETTER;
            default -> throw new IllegalStateException("Appeal " + appeal.id() + " has an outcome no letter tells: " + outcome);
        };
    }

    private static LocalDate onTheDay(Instant at) {
        return LocalDate.ofInstant(at, AppealDeadlines.NORWAY);
    }
}
