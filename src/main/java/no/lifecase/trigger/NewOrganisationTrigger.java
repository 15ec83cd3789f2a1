package no.lifecase.trigger;

import java.util.Optional;
import java.util.Set;
import no.lifecase.casefile.CaseType;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;

/**
 * Opens the case of a life event of an organisation when Enhetsregisteret announces a new unit of one of its
 * organisation forms (docs/domain.md#enhetsregisteret-update-feed, docs/domain.md#organisation-forms). The case is the
 * founder's until cases can belong to an organisation.
 */
public class NewOrganisationTrigger implements RegisterTrigger {

    /** Enhetsregisteret's event type for a new unit. */
    public static final String NEW_UNIT = "Ny";

    private final CaseType lifeEvent;
    private final Set<String> organisationForms;
    private final CaseOpening opening;

    public NewOrganisationTrigger(CaseType lifeEvent, Set<String> organisationForms, CaseOpening opening) {
        this.lifeEvent = lifeEvent;
        this.organisationForms = Set.copyOf(organisationForms);
        this.opening = opening;
    }

    @Override
    public RegisterFeed register() {
        return RegisterFeed.ENHETSREGISTERET;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(NEW_UNIT);
    }

    @Override
    public Optional<EventOutcome> handle(FeedEvent event, String sourceEventKey) {
        var form = event.attribute(FeedEvent.ORGANISATION_FORM);
        if (form.isEmpty() || !organisationForms.contains(form.get())) {
            return Optional.empty();
        }
        if (!Organisasjonsnummer.isValid(event.subject())) {
            return Optional.of(EventOutcome.skipped(SkipReason.INVALID_ORGANISATION_NUMBER, lifeEvent));
        }
        var founder = event.attribute(FeedEvent.FOUNDER);
        if (founder.isEmpty()) {
            return Optional.of(EventOutcome.skipped(SkipReason.NO_FOUNDER, lifeEvent));
        }
        if (!Fodselsnummer.isValid(founder.get())) {
            return Optional.of(EventOutcome.skipped(SkipReason.INVALID_FOUNDER, lifeEvent));
        }
        return Optional.of(opening.openForOrganisation(lifeEvent, Organisasjonsnummer.parse(event.subject()),
                Fodselsnummer.parse(founder.get()), sourceEventKey));
    }
}
