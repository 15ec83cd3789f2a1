package no.lifecase.lifeevent;

import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.register.RegisterUnavailable;

/**
 * A life event that a register announces, so its case may also be opened directly through the case API
 * ({@code POST /api/cases}) when the feed cannot be waited for. One Spring bean per such life event. The rule reads
 * the register for what the announcement would have shown (a death, a birth, a move to Norway, a new organisation)
 * and what the process's first steps need; without it the case is refused and nothing is written (docs/adr/0037).
 * Life events the citizen starts have a {@link CitizenStart} instead.
 */
public interface RegisterStart {

    /** The case API's fields a refusal can name. */
    String SUBJECT = CaseService.SUBJECT;
    String ORGANISATION = "organisation";

    LifeEvent lifeEvent();

    /** True when the case is about an organisation, which the request names beside its founder, the subject. */
    default boolean aboutAnOrganisation() {
        return false;
    }

    /**
     * @param organisation the organisation the case is about; null unless {@link #aboutAnOrganisation()}
     * @throws RegisterUnavailable if the register does not answer: nothing is refused on a guess
     */
    RegisterStartDecision decide(Fodselsnummer subject, Organisasjonsnummer organisation);
}
