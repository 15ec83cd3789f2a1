package no.lifecase.agency.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import no.lifecase.language.Language;
import no.lifecase.register.krr.ContactChannel;

/**
 * A letter or decision in a person's inbox, kept as written when it was sent (docs/adr/0054). Only the time it was
 * first read by its recipient changes.
 */
@Entity
@Table(name = "citizen_document")
public class CitizenDocument {

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String caseRef;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DocumentKind kind;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(nullable = false, updatable = false)
    private String senderAgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContactChannel channel;

    @Column(nullable = false, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(nullable = false, updatable = false)
    private Instant sentAt;

    private Instant readAt;

    /** The decision recorded on the case that this document tells of (docs/adr/0055); null for a letter. */
    @Column(updatable = false)
    private String decisionId;

    protected CitizenDocument() {
        // for JPA
    }

    CitizenDocument(String id, String caseRef, String recipient, DocumentKind kind, String name, Language language,
                    String senderAgency, ContactChannel channel, String title, String content, Instant sentAt, String decisionId) {
        this.id = id;
        this.caseRef = caseRef;
        this.recipient = recipient;
        this.kind = kind;
        this.name = name;
        this.language = language.tag();
        this.senderAgency = senderAgency;
        this.channel = channel;
        this.title = title;
        this.content = content;
        this.sentAt = sentAt;
        this.decisionId = decisionId;
    }

    /** The first opening by the recipient counts; a representative's opening does not. */
    boolean read(Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
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

    public DocumentKind kind() {
        return kind;
    }

    /** The letter or decision this is, as the model names it ({@code name-reminder}, {@code child-benefit-granted}). */
    public String name() {
        return name;
    }

    public Language language() {
        return Language.ofTag(language);
    }

    public String senderAgency() {
        return senderAgency;
    }

    public ContactChannel channel() {
        return channel;
    }

    public String title() {
        return title;
    }

    String contentJson() {
        return content;
    }

    public Instant sentAt() {
        return sentAt;
    }

    /** The recorded decision this document tells of, for a decision letter that names one (docs/adr/0055). */
    public Optional<String> decisionId() {
        return Optional.ofNullable(decisionId);
    }

    public Optional<Instant> readAt() {
        return Optional.ofNullable(readAt);
    }

    public boolean unread() {
        return readAt == null;
    }
}
