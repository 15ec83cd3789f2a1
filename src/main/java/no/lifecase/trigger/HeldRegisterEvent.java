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

/** A register event whose case was not yet waiting for it, kept to be delivered again ({@link HeldRegisterEvents}). */
@Entity
@Table(name = "held_register_event")
class HeldRegisterEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "held_register_event_seq")
    @SequenceGenerator(name = "held_register_event_seq", sequenceName = "held_register_event_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String feedName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RegisterFeed register;

    @Column(nullable = false, updatable = false)
    private String eventKey;

    @Column(nullable = false, updatable = false)
    private String eventType;

    @Column(updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String attributes;

    @Column(nullable = false, updatable = false)
    private Instant heldAt;

    @Column(nullable = false)
    private int attempts;

    private Instant lastAttemptAt;

    protected HeldRegisterEvent() {
    }

    HeldRegisterEvent(String feedName, RegisterFeed register, FeedEvent event, String attributes, Instant heldAt) {
        this.feedName = feedName;
        this.register = register;
        this.eventKey = event.id();
        this.eventType = event.type();
        this.subject = event.subject();
        this.attributes = attributes;
        this.heldAt = heldAt;
    }

    String feedName() {
        return feedName;
    }

    RegisterFeed register() {
        return register;
    }

    String eventKey() {
        return eventKey;
    }

    String eventType() {
        return eventType;
    }

    String subject() {
        return subject;
    }

    String attributes() {
        return attributes;
    }

    Instant heldAt() {
        return heldAt;
    }

    int attempts() {
        return attempts;
    }

    void attempted(Instant at) {
        attempts++;
        lastAttemptAt = at;
    }
}
