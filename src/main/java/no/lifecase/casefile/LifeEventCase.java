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
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.LifeEvent;

/** One life event of one person, driven by one process instance. */
@Entity
@Table(name = "life_event_case")
public class LifeEventCase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "life_event_case_seq")
    @SequenceGenerator(name = "life_event_case_seq", sequenceName = "life_event_case_seq", allocationSize = 50)
    private Long id;

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

    @Version
    private long version;

    protected LifeEventCase() {
        // for JPA
    }

    LifeEventCase(CaseReference reference, LifeEvent lifeEvent, Fodselsnummer subject, Instant openedAt) {
        this.reference = reference.value();
        this.lifeEventId = lifeEvent.id();
        this.subject = subject.value();
        this.status = CaseStatus.OPEN;
        this.openedAt = openedAt;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void reopen() {
        this.status = CaseStatus.OPEN;
        this.closedAt = null;
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
}
