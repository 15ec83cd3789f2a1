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

    /** The "register" of a caseworker's search in the worklist: the case file itself. */
    public static final String STAFF_SEARCH = "worklist";

    private final LifeEventCaseRepository cases;
    private final DataAccessRepository entries;
    private final Clock clock;
    private final CasePageChanges pageChanges;

    DataAccessLog(LifeEventCaseRepository cases, DataAccessRepository entries, Clock clock, CasePageChanges pageChanges) {
        this.cases = cases;
        this.entries = entries;
        this.clock = clock;
        this.pageChanges = pageChanges;
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
        save(lifeEventCase, new DataAccessEntry(lifeEventCase, clock.instant(), register, purpose, about, List.copyOf(fields)));
    }

    /**
     * Records that a caseworker found the case in their worklist by a person's identity number or name
     * ({@code fields}): the person sees it beside the register reads, with the case's purpose.
     *
     * @param accessedBy the staff user id and their agency, e.g. {@code nav1 (nav)}: for staff only, never shown to the person
     */
    @Transactional
    public void recordStaffSearch(CaseReference reference, AccessPurpose purpose, String about, List<String> fields, String accessedBy) {
        var lifeEventCase = cases.findByReference(reference.value()).orElseThrow(CaseNotFound::new);
        save(lifeEventCase, new DataAccessEntry(lifeEventCase, clock.instant(), STAFF_SEARCH, purpose, about, List.copyOf(fields), accessedBy));
    }

    /**
     * Records that a person saw data the case holds about another (an heir the deceased's estate overview): the case's
     * log shows every showing as it shows every register read (docs/adr/0063).
     *
     * @param shown    what was shown, named like a register, e.g. {@code estate-overview}
     * @param shownTo  the fødselsnummer of the person who saw it
     */
    @Transactional
    public void recordShowing(CaseReference reference, String shown, AccessPurpose purpose, String about, List<String> fields,
                              String shownTo) {
        var lifeEventCase = cases.findByReference(reference.value()).orElseThrow(CaseNotFound::new);
        save(lifeEventCase, new DataAccessEntry(lifeEventCase, clock.instant(), shown, purpose, about, List.copyOf(fields), shownTo));
    }

    private void save(LifeEventCase lifeEventCase, DataAccessEntry entry) {
        pageChanges.recorded(lifeEventCase.reference().value(), entries.save(entry));
    }

    @Transactional(readOnly = true)
    public List<DataAccessEntry> of(LifeEventCase lifeEventCase) {
        return entries.findByLifeEventCaseOrderByAccessedAtAscIdAsc(lifeEventCase);
    }
}
