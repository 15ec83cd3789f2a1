package no.lifecase.portal;

import java.util.List;
import no.lifecase.casefile.CaseNotFound;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.estate.EstateOverview;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The estate overview of a death case as an entitled heir sees it in the portal and the citizen API. Anyone else, and
 * an heir before the overview is gathered, is told "not found", so the page does not say whether there is an estate.
 * Every showing is a line in the deceased's case's data-access log (docs/adr/0063).
 */
@Service("citizenEstateOverview")
public class CitizenEstateOverview {

    /** What a showing logs: the case file's estate overview, and which of its parts. */
    static final String SHOWN = "estate-overview";
    static final List<String> SHOWN_FIELDS = List.of("banks", "debts", "properties", "encumbrances", "vehicles");

    private final CitizenCases cases;
    private final EstateOverview overview;
    private final DataAccessLog accessLog;
    private final CasePurpose purpose;

    CitizenEstateOverview(CitizenCases cases, EstateOverview overview, DataAccessLog accessLog, CasePurpose purpose) {
        this.cases = cases;
        this.overview = overview;
        this.accessLog = accessLog;
        this.purpose = purpose;
    }

    /**
     * The overview for this heir, logged on the case as shown to them.
     *
     * @throws CaseNotFound if there is no such case, the citizen may not see it, or there is no overview for them
     */
    @Transactional
    public EstateOverviewForHeir show(Fodselsnummer heir, String reference) {
        var lifeEventCase = cases.find(heir, reference).orElseThrow(CaseNotFound::new);
        var gathered = overview.gatheredFor(lifeEventCase.reference(), heir);
        if (gathered.isEmpty()) {
            throw new CaseNotFound();
        }
        accessLog.recordShowing(lifeEventCase.reference(), SHOWN, purpose.of(lifeEventCase.reference()),
                lifeEventCase.subject().value(), SHOWN_FIELDS, heir.value());
        return EstateOverviewForHeir.of(lifeEventCase.reference().value(), gathered);
    }

    /** Whether the case page should link to the overview; nothing is shown, so nothing is logged. */
    @Transactional(readOnly = true)
    public boolean availableTo(Fodselsnummer heir, String reference) {
        return cases.find(heir, reference)
                .map(lifeEventCase -> !overview.gatheredFor(lifeEventCase.reference(), heir).isEmpty())
                .orElse(false);
    }
}
