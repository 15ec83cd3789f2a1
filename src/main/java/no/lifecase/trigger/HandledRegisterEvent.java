package no.lifecase.trigger;

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

/** A register event that has been handled, and what it did. Its unique key (feed, event) is the idempotency record. */
@Entity
@Table(name = "handled_register_event")
class HandledRegisterEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "handled_register_event_seq")
    @SequenceGenerator(name = "handled_register_event_seq", sequenceName = "handled_register_event_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String feedName;

    @Column(nullable = false, updatable = false)
    private String eventKey;

    @Column(nullable = false, updatable = false)
    private String eventType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EventOutcome.Kind outcome;

    @Column(updatable = false)
    private String skipReason;

    @Column(updatable = false)
    private String lifeEventId;

    /** Only for an opened case (it says whom the case is for); a skipped event keeps no personal data. */
    @Column(updatable = false)
    private String subject;

    @Column(updatable = false)
    private String caseReference;

    @Column(nullable = false, updatable = false)
    private Instant handledAt;

    protected HandledRegisterEvent() {
        // for JPA
    }

    HandledRegisterEvent(String feedName, FeedEvent event, EventOutcome outcome, Instant handledAt) {
        this.feedName = feedName;
        this.eventKey = event.id();
        this.eventType = event.type();
        this.outcome = outcome.kind();
        this.skipReason = outcome.isSkipped() ? outcome.skipReason().text() : null;
        this.lifeEventId = outcome.lifeEvent() == null ? null : outcome.lifeEvent().id();
        this.subject = outcome.subject() == null ? null : outcome.subject().value();
        this.caseReference = outcome.caseReference();
        this.handledAt = handledAt;
    }

    String eventKey() {
        return eventKey;
    }

    EventOutcome.Kind outcome() {
        return outcome;
    }

    String skipReason() {
        return skipReason;
    }

    String caseReference() {
        return caseReference;
    }
}
