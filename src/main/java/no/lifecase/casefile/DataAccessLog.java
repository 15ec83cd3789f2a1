package no.lifecase.casefile;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-case log of register reads, which the citizen sees. Register delegates record every read
 * here, in the same transaction as the step that made it.
 */
@Service
public class DataAccessLog {

    private final LifeEventCaseRepository cases;
    private final DataAccessRepository entries;
    private final Clock clock;

    DataAccessLog(LifeEventCaseRepository cases, DataAccessRepository entries, Clock clock) {
        this.cases = cases;
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Records that {@code fields} about {@code about} (a fødselsnummer or organisasjonsnummer) were read
     * from {@code register} for the case with this reference.
     *
     * @throws CaseNotFound if there is no such case: a read must always belong to a case
     */
    @Transactional
    public void record(CaseReference reference, String register, AccessPurpose purpose, String about, List<String> fields) {
        var lifeEventCase = cases.findByReference(reference.value()).orElseThrow(CaseNotFound::new);
        entries.save(new DataAccessEntry(lifeEventCase, clock.instant(), register, purpose, about, List.copyOf(fields)));
    }

    @Transactional(readOnly = true)
    public List<DataAccessEntry> of(LifeEventCase lifeEventCase) {
        return entries.findByLifeEventCaseOrderByAccessedAtAscIdAsc(lifeEventCase);
    }
}
