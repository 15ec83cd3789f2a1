package no.lifecase.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Arrays;
import java.util.List;

/** One read of a register for a case: which register, why, on which legal basis, about whom, which fields. */
@Entity
@Table(name = "data_access_entry")
public class DataAccessEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_access_entry_seq")
    @SequenceGenerator(name = "data_access_entry_seq", sequenceName = "data_access_entry_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", updatable = false)
    private LifeEventCase lifeEventCase;

    @Column(nullable = false, updatable = false)
    private Instant accessedAt;

    @Column(nullable = false, updatable = false)
    private String register;

    @Column(nullable = false, updatable = false)
    private String purpose;

    @Column(nullable = false, updatable = false)
    private String legalBasis;

    /** Whose data was read: the fødselsnummer or organisasjonsnummer. */
    @Column(nullable = false, updatable = false)
    private String about;

    @Column(nullable = false, updatable = false)
    private String fields;

    /** The staff user (and their agency) who looked the person up; null for a register read by the case's process. */
    @Column(updatable = false)
    private String accessedBy;

    protected DataAccessEntry() {
        // for JPA
    }

    DataAccessEntry(LifeEventCase lifeEventCase, Instant accessedAt, String register, AccessPurpose purpose,
                    String about, List<String> fields) {
        this.lifeEventCase = lifeEventCase;
        this.accessedAt = accessedAt.truncatedTo(ChronoUnit.MICROS);   // as the database keeps it, so a case page shows the same time either way
        this.register = register;
        // Stored in English, as the staff views and the API show them; the portal finds the purpose again to show it in
        // the reader's language (AccessPurposes).
        this.purpose = purpose.purpose().en();
        this.legalBasis = purpose.legalBasis().en();
        this.about = about;
        this.fields = String.join(",", fields);
    }

    DataAccessEntry(LifeEventCase lifeEventCase, Instant accessedAt, String register, AccessPurpose purpose,
                    String about, List<String> fields, String accessedBy) {
        this(lifeEventCase, accessedAt, register, purpose, about, fields);
        this.accessedBy = accessedBy;
    }

    Long id() {
        return id;
    }

    public Instant accessedAt() {
        return accessedAt;
    }

    public String register() {
        return register;
    }

    public String purpose() {
        return purpose;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String about() {
        return about;
    }

    public String accessedBy() {
        return accessedBy;
    }

    public List<String> fields() {
        return fields.isEmpty() ? List.of() : Arrays.asList(fields.split(","));
    }
}
