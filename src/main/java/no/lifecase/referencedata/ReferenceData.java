package no.lifecase.referencedata;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference data that changes by date, kept as dated entries in the database (docs/adr/0058-dated-reference-data.md):
 * a decision reads the value in force on the date that applies to it, so an entry dated ahead changes nothing before
 * its day, and an old case keeps the value of its own date.
 */
@Service
public class ReferenceData {

    private final JdbcClient jdbc;
    private final List<ReferenceValueCheck> checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReferenceData(JdbcClient jdbc, List<ReferenceValueCheck> checks, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.clock = clock;
        this.events = events;
    }

    /** The value of {@code key} in force on {@code date}: the entry with the latest date on or before it. */
    @Transactional(readOnly = true)
    public Optional<ReferenceEntry> inForce(ReferenceKind kind, String key, LocalDate date) {
        return jdbc.sql("select * from reference_data where kind = ? and entry_key = ? and valid_from <= ? "
                        + "order by valid_from desc fetch first 1 rows only")
                .params(kind.id(), key, Date.valueOf(date))
                .query(ReferenceData::entry)
                .optional();
    }

    /** Every entry of a kind, by key and date. */
    @Transactional(readOnly = true)
    public List<ReferenceEntry> entries(ReferenceKind kind) {
        return jdbc.sql("select * from reference_data where kind = ? order by entry_key, valid_from")
                .param(kind.id())
                .query(ReferenceData::entry)
                .list();
    }

    /**
     * Stores a new entry once its key and value fit its kind and no entry of the key has the same date, and tells
     * {@link ReferenceEntryAdded} to whoever listens.
     */
    @Transactional
    public ReferenceEntry add(ReferenceKind kind, String key, String value, LocalDate validFrom, String source, String recordedBy) {
        var problem = kind.problem(key, value).or(() -> checks.stream().filter(check -> check.kind() == kind)
                .map(check -> check.problem(key, value)).flatMap(Optional::stream).findFirst());
        if (problem.isPresent()) {
            throw new ReferenceEntryRefused(ReferenceEntryRefused.Why.INVALID, problem.get());
        }
        var taken = jdbc.sql("select count(*) from reference_data where kind = ? and entry_key = ? and valid_from = ?")
                .params(kind.id(), key, Date.valueOf(validFrom)).query(Long.class).single();
        if (taken > 0) {
            throw new ReferenceEntryRefused(ReferenceEntryRefused.Why.DUPLICATE_DATE, "%s %s already has an entry from %s; "
                    .formatted(kind.id(), key, validFrom) + "add one with another date instead of changing the past.");
        }
        var entry = new ReferenceEntry(kind.id(), key, value, validFrom, source, recordedBy, clock.instant());
        jdbc.sql("insert into reference_data (kind, entry_key, entry_value, valid_from, source, recorded_by, recorded_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(entry.kind(), entry.key(), entry.value(), Date.valueOf(validFrom), source, recordedBy,
                        Timestamp.from(entry.recordedAt()))
                .update();
        events.publishEvent(new ReferenceEntryAdded(kind, entry));
        return entry;
    }

    private static ReferenceEntry entry(ResultSet row, int number) throws SQLException {
        return new ReferenceEntry(row.getString("kind"), row.getString("entry_key"), row.getString("entry_value"),
                row.getDate("valid_from").toLocalDate(), row.getString("source"), row.getString("recorded_by"),
                row.getTimestamp("recorded_at").toInstant());
    }
}
