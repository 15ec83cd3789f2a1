package no.lifecase.decision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code case_decision}: written once, never changed (docs/adr/0055). */
@Entity
@Table(name = "case_decision")
class CaseDecision {

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String caseRef;

    @Column(updatable = false)
    private String processInstanceId;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DecisionKind kind;

    @Column(updatable = false)
    private String outcome;

    @Column(updatable = false)
    private String decidedBy;

    @Column(updatable = false)
    private String caseworker;

    @Column(updatable = false)
    private String rule;

    @Column(updatable = false)
    private Integer ruleVersion;

    @Column(updatable = false)
    private String matchedRules;

    @Column(nullable = false, updatable = false)
    private String inputs;

    @Column(updatable = false)
    private String outputs;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String reasons;

    @Column(nullable = false, updatable = false)
    private String legalBasis;

    @Column(updatable = false)
    private String automationBasis;

    @Column(updatable = false)
    private String taskId;

    @Column(updatable = false)
    private String recommendationId;

    @Column(nullable = false, updatable = false)
    private Instant decidedAt;

    protected CaseDecision() {
        // for JPA
    }

    CaseDecision(RecordedDecision decision, String matchedRules, String inputs, String outputs) {
        this.id = decision.id();
        this.caseRef = decision.caseRef();
        this.processInstanceId = decision.processInstanceId();
        this.subject = decision.subject();
        this.kind = decision.kind();
        this.outcome = decision.outcome();
        this.decidedBy = decision.decidedBy();
        this.caseworker = decision.caseworker();
        this.rule = decision.rule();
        this.ruleVersion = decision.ruleVersion();
        this.matchedRules = matchedRules;
        this.inputs = inputs;
        this.outputs = outputs;
        this.reason = decision.reason();
        this.reasons = decision.reasons();
        this.legalBasis = decision.legalBasis();
        this.automationBasis = decision.automationBasis();
        this.taskId = decision.taskId();
        this.recommendationId = decision.recommendationId();
        this.decidedAt = decision.decidedAt();
    }

    String id() { return id; }
    String caseRef() { return caseRef; }
    String processInstanceId() { return processInstanceId; }
    String subject() { return subject; }
    DecisionKind kind() { return kind; }
    String outcome() { return outcome; }
    String decidedBy() { return decidedBy; }
    String caseworker() { return caseworker; }
    String rule() { return rule; }
    Integer ruleVersion() { return ruleVersion; }
    String matchedRulesText() { return matchedRules; }
    String inputsJson() { return inputs; }
    String outputsJson() { return outputs; }
    String reason() { return reason; }
    String reasons() { return reasons; }
    String legalBasis() { return legalBasis; }
    String automationBasis() { return automationBasis; }
    String taskId() { return taskId; }
    String recommendationId() { return recommendationId; }
    Instant decidedAt() { return decidedAt; }
}
