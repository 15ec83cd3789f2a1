package no.lifecase.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One interval in which a case waited for the citizen (one citizen task was open). */
@Entity
@Table(name = "case_clock_stop")
public class CaseClockStop {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_clock_stop_seq")
    @SequenceGenerator(name = "case_clock_stop_seq", sequenceName = "case_clock_stop_seq", allocationSize = 50)
    private Long id;

    @Column(updatable = false)
    private String caseRef;

    @Column(nullable = false, updatable = false)
    private String rootProcessInstanceId;

    @Column(nullable = false, updatable = false)
    private String taskId;

    @Column(nullable = false, updatable = false)
    private Instant startedAt;

    private Instant endedAt;

    protected CaseClockStop() {
        // for JPA
    }

    CaseClockStop(String caseRef, String rootProcessInstanceId, String taskId, Instant startedAt) {
        this.caseRef = caseRef;
        this.rootProcessInstanceId = rootProcessInstanceId;
        this.taskId = taskId;
        this.startedAt = startedAt;
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    public String caseRef() {
        return caseRef;
    }

    public String rootProcessInstanceId() {
        return rootProcessInstanceId;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** Null while the case still waits. */
    public Instant endedAt() {
        return endedAt;
    }
}
