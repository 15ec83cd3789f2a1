package no.lifecase.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.lifecase.register.krr.ContactChannel;

/** A letter to a person about a case, and whether it went by digital mail or on paper. */
@Entity
@Table(name = "citizen_letter")
public class CitizenLetter {

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String caseRef;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String letter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactChannel channel;

    @Column(nullable = false, updatable = false)
    private Instant sentAt;

    protected CitizenLetter() {
        // for JPA
    }

    CitizenLetter(String id, String caseRef, String recipient, String letter, ContactChannel channel, Instant sentAt) {
        this.id = id;
        this.caseRef = caseRef;
        this.recipient = recipient;
        this.letter = letter;
        this.channel = channel;
        this.sentAt = sentAt;
    }

    public String id() {
        return id;
    }

    public String caseRef() {
        return caseRef;
    }

    public String recipient() {
        return recipient;
    }

    public String letter() {
        return letter;
    }

    public ContactChannel channel() {
        return channel;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
