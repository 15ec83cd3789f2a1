package no.lifecase.trigger;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides what a register event means for the life events and does it: open a case, deliver a message into a running
 * case, or skip. The life events say which events they take ({@link RegisterTrigger}, one bean each in the life
 * event's folder); this asks them in their order and names none of them. The event types of each register are listed
 * so that a type nobody takes is told apart from one the register never sends (docs/domain.md#folkeregisteret-events,
 * docs/domain.md#enhetsregisteret-update-feed, docs/domain.md#courts-estate-feed).
 */
@Component
public class FeedEventRouter {

    /** FREG-OAS v1.5 and the 2023 event PDF: types we know but start nothing on are not "unknown". */
    private static final Set<String> FOLKEREGISTERET_TYPES = Set.of("personErOpprettet", "personErReaktivert",
            "personErOppdatert", "personErOpphoert", "personErViderefoertSomGjeldendeVedSammenslaaing",
            "personErOpphoertSomDublett", "personErEndretVedSplitting", "personErGjenopprettetVedSplitting",
            "personErDoed", "personErBosatt", "personErUtflyttet", "endringIStatus", "endringIIdentitetsgrunnlag",
            "endringIUtenlandskPersonidentifikasjon", "endringIUtlendingsmyndighetenesIdentifikasjonsnummer",
            "endringILegitimasjonsdokument", "endringIIdentifikasjonsnummer", "endringIFalskIdentitet",
            "endringIKontaktopplysningerForDoedsbo", "endringIDeltBosted", "endringIFoedsel", "endringIFoedselINorge",
            "endringIKjoenn", "endringIFamilierelasjon", "endringISivilstand", "endringIDoedsfall", "endringINavn",
            "endringIAdressebeskyttelse", "endringIBostedsadresse", "endringIBostedsadresseUtenFlytting",
            "endringIOppholdsadresse", "endringIInnflytting", "endringIUtflytting", "endringIBrukAvSamiskSpraak",
            "endringISametingetsValgmanntall", "endringIKontaktinformasjon", "endringIForeldreansvar",
            "endringIStatsborgerskap", "endringIOpphold", "endringIOppholdPaaSvalbard", "endringIVergemaal",
            "endringIPerson", "endringIBostedsadresseVedKommuneregulering", "endringIRettsligHandleevne");
    private static final Set<String> ENHETSREGISTERET_TYPES = Set.of("Ukjent", "Ny", "Endring", "Sletting", "Fjernet");
    private static final Set<String> COURT_TYPES = Set.of("DODSFALLSAK-STATUS_LAGT_TIL", "DODSFALLSAK-STATUS_OPPDATERT");

    private final List<RegisterTrigger> triggers;

    FeedEventRouter(List<RegisterTrigger> triggers) {
        this.triggers = List.copyOf(triggers);
    }

    /**
     * @param sourceEventKey feed name and event id, handed on to the case opening for tracing
     */
    public EventOutcome route(RegisterFeed register, FeedEvent event, String sourceEventKey) {
        for (var trigger : triggers) {
            if (trigger.register() == register && trigger.eventTypes().contains(event.type())) {
                var outcome = trigger.handle(event, sourceEventKey);
                if (outcome.isPresent()) {
                    return outcome.get();
                }
            }
        }
        return EventOutcome.skipped(skipReason(register, event));
    }

    /** Why no life event took the event: a new organisation of a form none takes, a type none reads, or an unknown type. */
    private static SkipReason skipReason(RegisterFeed register, FeedEvent event) {
        if (register == RegisterFeed.ENHETSREGISTERET && NewOrganisationTrigger.NEW_UNIT.equals(event.type())) {
            return event.attribute(FeedEvent.ORGANISATION_FORM).isEmpty()
                    ? SkipReason.NO_ORGANISATION_FORM : SkipReason.ORGANISATION_FORM_NOT_A_TRIGGER;
        }
        var known = switch (register) {
            case FOLKEREGISTERET -> FOLKEREGISTERET_TYPES;
            case ENHETSREGISTERET -> ENHETSREGISTERET_TYPES;
            case DOMSTOL -> COURT_TYPES;
        };
        return known.contains(event.type()) ? SkipReason.NOT_A_TRIGGER : SkipReason.UNKNOWN_EVENT_TYPE;
    }
}
