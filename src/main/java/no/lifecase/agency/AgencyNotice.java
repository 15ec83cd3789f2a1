package no.lifecase.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A notice sent to an agency for a case: "this person has died", "please assess child benefit", … */
@Entity
@Table(name = "agency_notice")
public class AgencyNotice {

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String caseRef;

    @Column(nullable = false, updatable = false)
    private String agency;

    @Column(nullable = false, updatable = false)
    private String notice;

    @Column(nullable = false)
    private int attempts;

    @Column(nullable = false)
    private Instant sentAt;

    private Instant receiptAt;

    @Version
    private long version;

    protected AgencyNotice() {
        // for JPA
    }

    AgencyNotice(String id, String caseRef, String agency, String notice, Instant sentAt) {
        this.id = id;
        this.caseRef = caseRef;
        this.agency = agency;
        this.notice = notice;
        this.attempts = 1;
        this.sentAt = sentAt;
    }

    void sentAgain(Instant at) {
        attempts++;
        sentAt = at;
    }

    /** The first receipt counts; agencies may acknowledge the same notice more than once. */
    boolean acknowledge(Instant at) {
        if (receiptAt != null) {
            return false;
        }
        receiptAt = at;
        return true;
    }

    public String id() {
        return id;
    }

    public String caseRef() {
        return caseRef;
    }

    public String agency() {
        return agency;
    }

    public String notice() {
        return notice;
    }

    public int attempts() {
        return attempts;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Optional<Instant> receiptAt() {
        return Optional.ofNullable(receiptAt);
    }
}
