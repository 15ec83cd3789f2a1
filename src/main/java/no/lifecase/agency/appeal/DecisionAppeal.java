package no.lifecase.agency.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One appeal or review request against one decision in a citizen's inbox (docs/adr/0056): what the citizen wrote, when,
 * whether it came after the deadline, who has it now and, once decided, the outcome and the answer the citizen reads.
 */
@Entity
@Table(name = "decision_appeal")
public class DecisionAppeal {

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String documentId;

    @Column(nullable = false, updatable = false)
    private String caseRef;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AppealKind kind;

    @Column(nullable = false, updatable = false)
    private String appellant;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(updatable = false)
    private LocalDate deadline;

    @Column(nullable = false, updatable = false)
    private boolean late;

    @Column(nullable = false, updatable = false)
    private String decidingAgency;

    @Column(updatable = false)
    private String appealBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppealStage stage;

    private String decidedBy;

    private String outcome;

    private String answer;

    private Instant answeredAt;

    private String processInstanceId;

    protected DecisionAppeal() {
        // for JPA
    }

    DecisionAppeal(String id, String documentId, String caseRef, AppealKind kind, String appellant, String text, Instant receivedAt,
                   LocalDate deadline, boolean late, String decidingAgency, String appealBody) {
        this.id = id;
        this.documentId = documentId;
        this.caseRef = caseRef;
        this.kind = kind;
        this.appellant = appellant;
        this.text = text;
        this.receivedAt = receivedAt;
        this.deadline = deadline;
        this.late = late;
        this.decidingAgency = decidingAgency;
        this.appealBody = appealBody;
        this.stage = AppealStage.WITH_AGENCY;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** The deciding agency upheld the decision: the appeal goes on to the appeal body (forvaltningsloven § 33). */
    void sentToAppealBody(String reasons) {
        stage = AppealStage.WITH_APPEAL_BODY;
        answer = reasons;
    }

    void decided(String by, String outcome, String answer, Instant at) {
        this.stage = AppealStage.DECIDED;
        this.decidedBy = by;
        this.outcome = outcome;
        this.answer = answer;
        this.answeredAt = at;
    }

    public String id() {
        return id;
    }

    public String documentId() {
        return documentId;
    }

    public String caseRef() {
        return caseRef;
    }

    public AppealKind kind() {
        return kind;
    }

    public String appellant() {
        return appellant;
    }

    public String text() {
        return text;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The appeal deadline of the decision; none for a review request, which has no deadline. */
    public Optional<LocalDate> deadline() {
        return Optional.ofNullable(deadline);
    }

    public boolean late() {
        return late;
    }

    public String decidingAgency() {
        return decidingAgency;
    }

    public Optional<String> appealBody() {
        return Optional.ofNullable(appealBody);
    }

    public AppealStage stage() {
        return stage;
    }

    /** Who has it now: the deciding agency, the appeal body once the agency upheld the decision, or who decided it. */
    public String heldBy() {
        return switch (stage) {
            case WITH_AGENCY -> decidingAgency;
            case WITH_APPEAL_BODY -> appealBody;
            case DECIDED -> decidedBy;
        };
    }

    /** The outcome as the form gave it ({@code changed}, {@code upheld}, {@code reversed}, {@code confirmed}, …). */
    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }

    /** The reasons the citizen reads: the agency's for upholding while the appeal body has it, then the final answer. */
    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<String> processInstanceId() {
        return Optional.ofNullable(processInstanceId);
    }
}
