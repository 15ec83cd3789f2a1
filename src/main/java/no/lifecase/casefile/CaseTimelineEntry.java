package no.lifecase.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One thing that happened on a case, step by step as staff read it. Citizens read the entries that have a text, in their
 * own language, rendered from the kind, the element and the agency when the page is read (docs/adr/0051).
 */
@Entity
@Table(name = "case_timeline_entry")
public class CaseTimelineEntry {

    /** Entries written by the process model itself, as opposed to a register, agency or person. */
    public static final String SOURCE_PROCESS = "process";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_timeline_entry_seq")
    @SequenceGenerator(name = "case_timeline_entry_seq", sequenceName = "case_timeline_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private LifeEventCase lifeEventCase;

    @Column(nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TimelineKind kind;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(updatable = false)
    private String agency;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(updatable = false)
    private String activityId;

    /** The process definition whose texts name the entry for citizens (docs/adr/0051); null for entries of no model. */
    @Column(updatable = false)
    private String processDefinitionId;

    protected CaseTimelineEntry() {
        // for JPA
    }

    public CaseTimelineEntry(LifeEventCase lifeEventCase, Instant occurredAt, TimelineKind kind, String text,
                             String agency, String source, String activityId) {
        this(lifeEventCase, occurredAt, kind, text, agency, source, activityId, null);
    }

    public CaseTimelineEntry(LifeEventCase lifeEventCase, Instant occurredAt, TimelineKind kind, String text,
                             String agency, String source, String activityId, String processDefinitionId) {
        this.processDefinitionId = processDefinitionId;
        this.lifeEventCase = lifeEventCase;
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);   // as the database keeps it, so a case page shows the same time either way
        this.kind = kind;
        this.text = text.length() > 500 ? text.substring(0, 500) : text;
        this.agency = agency;
        this.source = source;
        this.activityId = activityId;
    }

    Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public TimelineKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String agency() {
        return agency;
    }

    public String source() {
        return source;
    }

    public String activityId() {
        return activityId;
    }

    public String processDefinitionId() {
        return processDefinitionId;
    }
}
