package no.lifecase.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import org.hibernate.annotations.NaturalId;

/** One life event of one person, driven by one process instance. */
@Entity
@Table(name = "life_event_case")
public class LifeEventCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "life_event_case_seq")
    @SequenceGenerator(name = "life_event_case_seq", sequenceName = "life_event_case_seq", allocationSize = 50)
    private Long id;

    /** A natural id: looked up again in the same transaction, the case comes from the persistence context, not a query. */
    @NaturalId
    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private String lifeEventId;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(nullable = false, updatable = false)
    private Instant openedAt;

    private Instant closedAt;

    private String processInstanceId;

    /** The organisation an organisation life event is about; null for a person's life event. */
    @Column(updatable = false)
    private String organisationNumber;

    /**
     * What the case is about while it is not closed (the organisation, else the subject), null once closed: the
     * unique key {@code uk_life_event_case_open} keeps one open case per life event and key (docs/adr/0037).
     */
    private String openKey;

    /** The kind of case within its life event that has its own title and purpose ({@link CaseVariant}); null for none. */
    @Column(updatable = false)
    private String variant;

    @Version
    private long version;

    protected LifeEventCase() {
        // for JPA
    }

    LifeEventCase(CaseReference reference, CaseType lifeEvent, Fodselsnummer subject, Instant openedAt) {
        this(reference, lifeEvent, subject, null, openedAt);
    }

    /** @param organisation the organisation an organisation life event is about, or null */
    LifeEventCase(CaseReference reference, CaseType lifeEvent, Fodselsnummer subject, Organisasjonsnummer organisation,
                  Instant openedAt) {
        this.reference = reference.value();
        this.lifeEventId = lifeEvent.id();
        this.subject = subject.value();
        this.organisationNumber = organisation == null ? null : organisation.value();
        this.status = CaseStatus.OPEN;
        this.openedAt = openedAt;
        this.openKey = keyOf(subject, organisation);
    }

    /** What an open case of a life event is about: the organisation if it is an organisation's, else the person. */
    static String keyOf(Fodselsnummer subject, Organisasjonsnummer organisation) {
        return organisation != null ? organisation.value() : subject.value();
    }

    /** The variant of its life event the case is (docs/adr/0051), or null for the life event's usual case. */
    public String variant() {
        return variant;
    }

    void isVariant(String variant) {
        this.variant = variant;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void reopen() {
        this.status = CaseStatus.OPEN;
        this.closedAt = null;
        this.openKey = keyOf(subject(), organisation().orElse(null));
    }

    /** The case waits for the citizen; a closed case stays closed. */
    void waitForCitizen() {
        if (status == CaseStatus.OPEN) {
            this.status = CaseStatus.WAITING;
        }
    }

    /** The citizen has answered: the agencies work again. */
    void resume() {
        if (status == CaseStatus.WAITING) {
            this.status = CaseStatus.OPEN;
        }
    }

    void close(Instant at) {
        this.status = CaseStatus.CLOSED;
        this.closedAt = at;
        this.openKey = null;
    }

    public Long id() {
        return id;
    }

    public CaseReference reference() {
        return CaseReference.of(reference);
    }

    public String lifeEventId() {
        return lifeEventId;
    }

    public Fodselsnummer subject() {
        return Fodselsnummer.parse(subject);
    }

    public CaseStatus status() {
        return status;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public Optional<Organisasjonsnummer> organisation() {
        return Optional.ofNullable(organisationNumber).map(Organisasjonsnummer::parse);
    }
}
