package no.lifecase.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What a citizen said was wrong in one register's data, and the register owner's answer (docs/adr/0063). */
@Entity
@Table(name = "evidence_report")
public class EvidenceReport {

    @Id
    private String id;

    @Column(nullable = false, updatable = false)
    private String caseRef;

    @Column(nullable = false, updatable = false)
    private String processInstanceId;

    @Column(nullable = false, updatable = false)
    private String evidenceSubject;

    @Column(nullable = false, updatable = false)
    private String reader;

    @Column(nullable = false, updatable = false)
    private String register;

    @Column(nullable = false, updatable = false)
    private String ownerAgency;

    @Column(nullable = false, updatable = false)
    private String factsShown;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(nullable = false, updatable = false)
    private Instant reportedAt;

    private Boolean corrected;

    private String answer;

    private Instant answeredAt;

    protected EvidenceReport() {
        // for JPA
    }

    EvidenceReport(String caseRef, String processInstanceId, String evidenceSubject, String reader, String register,
                   String ownerAgency, String factsShown, String text, Instant reportedAt) {
        this.id = UUID.randomUUID().toString();
        this.caseRef = caseRef;
        this.processInstanceId = processInstanceId;
        this.evidenceSubject = evidenceSubject;
        this.reader = reader;
        this.register = register;
        this.ownerAgency = ownerAgency;
        this.factsShown = factsShown;
        this.text = text;
        this.reportedAt = reportedAt;
    }

    void answer(boolean corrected, String answer, Instant answeredAt) {
        this.corrected = corrected;
        this.answer = answer;
        this.answeredAt = answeredAt;
    }

    public String id() {
        return id;
    }

    public String caseRef() {
        return caseRef;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    public String reader() {
        return reader;
    }

    public String register() {
        return register;
    }

    public String ownerAgency() {
        return ownerAgency;
    }

    public String factsShown() {
        return factsShown;
    }

    public String text() {
        return text;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public boolean answered() {
        return answeredAt != null;
    }

    /** Whether the owner corrected the register; empty until they have answered. */
    public Optional<Boolean> corrected() {
        return Optional.ofNullable(corrected);
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }
}
