package no.lifecase.agency.appeal;

import static no.lifecase.agency.appeal.AppealRefused.Reason.ALREADY_OPEN;
import static no.lifecase.agency.appeal.AppealRefused.Reason.EMPTY_TEXT;
import static no.lifecase.agency.appeal.AppealRefused.Reason.FINAL_DECISION;
import static no.lifecase.agency.appeal.AppealRefused.Reason.NOT_AUTOMATED;
import static no.lifecase.agency.appeal.AppealRefused.Reason.NOT_A_DECISION;
import static no.lifecase.agency.appeal.AppealRefused.Reason.NO_APPEAL_BODY;
import static no.lifecase.agency.appeal.AppealRefused.Reason.TEXT_TOO_LONG;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.lifecase.agency.appeal.AppealNames.Value;
import no.lifecase.agency.appeal.AppealNames.Variable;
import no.lifecase.agency.documents.CitizenDocument;
import no.lifecase.agency.documents.DocumentKind;
import no.lifecase.agency.documents.DocumentTexts;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.language.Language;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals and review requests against the decisions in citizens' inboxes (docs/adr/0056). Each is stored and its process
 * started with the case's reference as business key, in one transaction: the task for the deciding agency exists
 * exactly when the appeal does, and the case's timeline shows it. Who may act on a decision is the portal's to decide,
 * as for reading it.
 */
@Service
public class Appeals {

    /** What the citizen may write; the column holds this many characters. */
    public static final int MAX_TEXT = 4000;

    private static final Logger log = LoggerFactory.getLogger(Appeals.class);
    private static final String AUTOMATED = ".automated";

    private final DecisionAppealRepository appeals;
    private final AppealBodies bodies;
    private final AppealDeadlines deadlines;
    private final DocumentTexts texts;
    private final RuntimeService runtime;
    private final Clock clock;

    Appeals(DecisionAppealRepository appeals, AppealBodies bodies, AppealDeadlines deadlines, DocumentTexts texts,
            RuntimeService runtime, Clock clock) {
        this.appeals = appeals;
        this.bodies = bodies;
        this.deadlines = deadlines;
        this.texts = texts;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * The citizen appeals the decision. An appeal after the deadline is received all the same and marked late: the
     * agency may still consider it (forvaltningsloven § 31).
     */
    @Transactional
    public DecisionAppeal appeal(CitizenDocument decision, Fodselsnummer appellant, String text) {
        if (isFinal(decision)) {
            throw new AppealRefused(FINAL_DECISION, "The appeal body's decision on an appeal cannot be appealed further");
        }
        var written = checked(decision, appellant, text, AppealKind.APPEAL);
        var body = bodies.of(decision.senderAgency()).orElseThrow(() -> new AppealRefused(NO_APPEAL_BODY,
                "Lifecase knows no appeal body for decisions of " + decision.senderAgency()));
        var now = clock.instant();
        var deadline = deadlines.of(decision);
        var late = deadlines.isLate(decision, LocalDate.ofInstant(now, AppealDeadlines.NORWAY));
        var appeal = appeals.save(new DecisionAppeal(UUID.randomUUID().toString(), decision.id(), decision.caseRef(),
                AppealKind.APPEAL, appellant.value(), written, now, deadline, late, decision.senderAgency(), body));
        var variables = context(appeal, decision);
        variables.put(Variable.APPEAL_BODY, body);
        variables.put(Variable.APPEAL_DEADLINE, inBokmal(deadline));
        variables.put(Variable.LATE, late);
        variables.put(Variable.APPEAL_TEXT, written);
        start(appeal, AppealNames.PROCESS_ID, variables);
        return appeal;
    }

    /**
     * The citizen asks that a caseworker look at a decision the rules took alone (GDPR art. 22 nr. 3). Whether it was
     * automated is the caller's to say, from the decision recorded on the case where the document names one (the
     * decisions room sits above this one), else from {@link #automatedByItsTexts}.
     */
    @Transactional
    public DecisionAppeal requestReview(CitizenDocument decision, Fodselsnummer requester, String text, boolean automated) {
        var written = checked(decision, requester, text, AppealKind.REVIEW);
        if (!automated) {
            throw new AppealRefused(NOT_AUTOMATED, "A caseworker made this decision; appeal it instead");
        }
        var review = appeals.save(new DecisionAppeal(UUID.randomUUID().toString(), decision.id(), decision.caseRef(),
                AppealKind.REVIEW, requester.value(), written, clock.instant(), null, false, decision.senderAgency(), null));
        var variables = context(review, decision);
        variables.put(Variable.REVIEW_TEXT, written);
        start(review, AppealNames.REVIEW_PROCESS_ID, variables);
        return review;
    }

    /**
     * Whether the rules took this decision alone, as its texts say ({@code <name>.automated=true} in the life event's
     * {@code letters.properties}): for a document that names no recorded decision.
     */
    public boolean automatedByItsTexts(CitizenDocument decision) {
        return decision.kind() == DocumentKind.DECISION
                && texts.neutral(decision.name() + AUTOMATED).map(Boolean::parseBoolean).orElse(false);
    }

    /** Whether this is the appeal body's decision on an appeal, which the citizen cannot appeal (forvaltningsloven § 28). */
    public boolean isFinal(CitizenDocument decision) {
        return decision.kind() == DocumentKind.DECISION && texts.isFinal(decision.name());
    }

    /** The body that decides an appeal of this decision if its agency upholds it. */
    public Optional<String> appealBody(CitizenDocument decision) {
        return bodies.of(decision.senderAgency());
    }

    public LocalDate deadline(CitizenDocument decision) {
        return deadlines.of(decision);
    }

    @Transactional(readOnly = true)
    public List<DecisionAppeal> against(CitizenDocument decision) {
        return appeals.findByDocumentIdOrderByReceivedAt(decision.id());
    }

    @Transactional(readOnly = true)
    public List<DecisionAppeal> onCase(String caseRef) {
        return appeals.findByCaseRefOrderByReceivedAt(caseRef);
    }

    /** The deciding agency changed its decision, which ends the appeal, or upheld it, which sends it on. */
    @Transactional
    public void considered(String appealId, String outcome, String reasons) {
        var appeal = find(appealId);
        if (Value.CHANGED.equals(outcome)) {
            appeal.decided(appeal.decidingAgency(), outcome, reasons, clock.instant());
        } else {
            appeal.sentToAppealBody(reasons);
        }
        log.info("Appeal {} on case {}: {} by {}", appeal.id(), appeal.caseRef(), outcome, appeal.decidingAgency());
    }

    @Transactional
    public void decidedByAppealBody(String appealId, String outcome, String reasons) {
        var appeal = find(appealId);
        appeal.decided(appeal.appealBody().orElseThrow(), outcome, reasons, clock.instant());
        log.info("Appeal {} on case {}: {} by {}", appeal.id(), appeal.caseRef(), outcome, appeal.heldBy());
    }

    @Transactional
    public void reviewAnswered(String reviewId, String outcome, String answer) {
        var review = find(reviewId);
        review.decided(review.decidingAgency(), outcome, answer, clock.instant());
        log.info("Review {} on case {}: {} by {}", review.id(), review.caseRef(), outcome, review.decidingAgency());
    }

    private DecisionAppeal find(String id) {
        return appeals.findById(id).orElseThrow(() -> new IllegalStateException("No appeal " + id));
    }

    private String checked(CitizenDocument decision, Fodselsnummer by, String text, AppealKind kind) {
        var written = text == null ? "" : text.strip();
        if (written.isEmpty()) {
            throw new AppealRefused(EMPTY_TEXT, "Write what you disagree with");
        }
        if (written.length() > MAX_TEXT) {
            throw new AppealRefused(TEXT_TOO_LONG, "Write at most " + MAX_TEXT + " characters");
        }
        if (decision.kind() != DocumentKind.DECISION) {
            throw new AppealRefused(NOT_A_DECISION, "Only a decision can be appealed or reviewed, not a letter");
        }
        boolean open = appeals.findByDocumentIdOrderByReceivedAt(decision.id()).stream()
                .anyMatch(earlier -> earlier.kind() == kind && earlier.appellant().equals(by.value())
                        && earlier.stage() != AppealStage.DECIDED);
        if (open) {
            throw new AppealRefused(ALREADY_OPEN, "Your earlier " + (kind == AppealKind.APPEAL ? "appeal" : "review request")
                    + " of this decision is still being considered");
        }
        return written;
    }

    /** What every task of both processes shows the caseworker: which decision, sent when, on which case. */
    private static HashMap<String, Object> context(DecisionAppeal appeal, CitizenDocument decision) {
        var variables = new HashMap<String, Object>();
        variables.put(CaseService.CASE_REF, decision.caseRef());
        variables.put(Variable.APPEAL_ID, appeal.id());
        variables.put(Variable.AGENCY, decision.senderAgency());
        variables.put(Variable.DECISION_TITLE, decision.title());
        variables.put(Variable.DECISION_SENT_ON, inBokmal(LocalDate.ofInstant(decision.sentAt(), AppealDeadlines.NORWAY)));
        return variables;
    }

    private void start(DecisionAppeal appeal, String processId, HashMap<String, Object> variables) {
        var instance = runtime.startProcessInstanceByKey(processId, appeal.caseRef(), variables);
        appeal.startedAs(instance.getId());
        log.info("{} {} received on case {}{}", appeal.kind() == AppealKind.APPEAL ? "Appeal" : "Review request", appeal.id(),
                appeal.caseRef(), appeal.late() ? ", after the deadline" : "");
    }

    /** Staff read the dates in bokmål, as the forms are written. */
    private static String inBokmal(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Language.NB.locale()).format(date);
    }
}
