package no.lifecase.caseworker;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing a person (or the engine) did with a user task: for supervisors and administrators only. */
@Entity
@Table(name = "task_audit_entry")
class TaskAuditEntry {

    enum Action {
        /** The actor took the task for themselves. */
        CLAIMED,
        /** The task went back to the agency's queue. */
        UNCLAIMED,
        /** Someone (or the model) gave the task to another user. */
        ASSIGNED,
        COMPLETED,
        /** The task's due date is near: the engine reminded the agency. */
        REMINDED,
        /** The task passed its due date: the engine gave it to the agency's supervisors as well. */
        ESCALATED,
        /** A caseworker gave the task to another agency of the same kind, with a reason. */
        HANDED_OVER
    }

    /** Actor of what the engine does on its own, outside any user's request. */
    static final String ENGINE = "lifecase";

    static final int MAX_FORM_VALUES = 4000;

    static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_audit_entry_seq")
    @SequenceGenerator(name = "task_audit_entry_seq", sequenceName = "task_audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Action action;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(updatable = false)
    private String assignee;

    @Column(updatable = false)
    private String agency;

    @Column(updatable = false)
    private String caseRef;

    @Column(nullable = false, updatable = false)
    private String taskId;

    @Column(updatable = false)
    private String taskDefinitionKey;

    @Column(updatable = false)
    private String taskName;

    @Column(updatable = false)
    private String processInstanceId;

    @Column(updatable = false, length = MAX_FORM_VALUES)
    private String formValues;

    /** For a hand-over: the agency that has the task now. */
    @Column(updatable = false)
    private String handedTo;

    @Column(updatable = false, length = MAX_REASON)
    private String reason;

    protected TaskAuditEntry() {
        // for JPA
    }

    TaskAuditEntry(Instant occurredAt, Action action, String actor, String assignee, String agency, String caseRef,
                   String taskId, String taskDefinitionKey, String taskName, String processInstanceId, String formValues) {
        this.occurredAt = occurredAt;
        this.action = action;
        this.actor = actor;
        this.assignee = assignee;
        this.agency = agency;
        this.caseRef = caseRef;
        this.taskId = taskId;
        this.taskDefinitionKey = taskDefinitionKey;
        this.taskName = taskName;
        this.processInstanceId = processInstanceId;
        this.formValues = formValues == null || formValues.length() <= MAX_FORM_VALUES ? formValues
                : formValues.substring(0, MAX_FORM_VALUES - 1) + "…";
    }

    /** A hand-over of the task from {@code agency} to {@code handedTo}, for this reason. */
    static TaskAuditEntry handedOver(Instant occurredAt, String actor, String agency, String handedTo, String reason, String caseRef,
                                     String taskId, String taskDefinitionKey, String taskName, String processInstanceId) {
        var entry = new TaskAuditEntry(occurredAt, Action.HANDED_OVER, actor, null, agency, caseRef, taskId, taskDefinitionKey, taskName,
                processInstanceId, null);
        entry.handedTo = handedTo;
        entry.reason = reason;
        return entry;
    }

    Long id() {
        return id;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    Action action() {
        return action;
    }

    String actor() {
        return actor;
    }

    String assignee() {
        return assignee;
    }

    String agency() {
        return agency;
    }

    String caseRef() {
        return caseRef;
    }

    String taskId() {
        return taskId;
    }

    String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    String taskName() {
        return taskName;
    }

    String formValues() {
        return formValues;
    }

    String handedTo() {
        return handedTo;
    }

    String reason() {
        return reason;
    }
}
