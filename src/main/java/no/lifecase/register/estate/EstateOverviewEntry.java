package no.lifecase.register.estate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;

/** One stored item of a case's estate overview, with the heirs who may see it. */
@Entity
@Table(name = "estate_overview_item")
class EstateOverviewEntry {

    /** Plain records of text and numbers: no modules needed, and the stored JSON does not change with Spring's settings. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "estate_overview_item_seq")
    @SequenceGenerator(name = "estate_overview_item_seq", sequenceName = "estate_overview_item_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String caseRef;

    @Column(nullable = false, updatable = false)
    private String source;

    /** The item's place among those of its source, from 0. */
    @Column(nullable = false, updatable = false)
    private int itemNo;

    /** The item as JSON. */
    @Column(nullable = false, updatable = false)
    private String summary;

    /** Fødselsnumre, comma-separated. */
    @Column(nullable = false, updatable = false)
    private String entitledHeirs;

    @Column(nullable = false, updatable = false)
    private Instant gatheredAt;

    protected EstateOverviewEntry() {
        // for JPA
    }

    EstateOverviewEntry(CaseReference caseRef, int itemNo, EstateItem item, List<Fodselsnummer> entitledHeirs, Instant gatheredAt) {
        this.caseRef = caseRef.value();
        this.source = item.source();
        this.itemNo = itemNo;
        this.summary = write(item);
        this.entitledHeirs = String.join(",", entitledHeirs.stream().map(Fodselsnummer::value).toList());
        this.gatheredAt = gatheredAt;
    }

    EstateItem item() {
        try {
            return JSON.readValue(summary, EstateItem.typeOf(source));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored estate item " + id + " is not readable", e);
        }
    }

    /** Whole numbers compared, never a substring of the list. */
    boolean entitles(Fodselsnummer heir) {
        return Arrays.asList(entitledHeirs.split(",")).contains(heir.value());
    }

    String caseRef() {
        return caseRef;
    }

    String source() {
        return source;
    }

    int itemNo() {
        return itemNo;
    }

    String summary() {
        return summary;
    }

    List<String> entitledHeirs() {
        return List.of(entitledHeirs.split(","));
    }

    Instant gatheredAt() {
        return gatheredAt;
    }

    private static String write(EstateItem item) {
        try {
            return JSON.writeValueAsString(item);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Estate item cannot be stored: " + item.source(), e);
        }
    }
}
