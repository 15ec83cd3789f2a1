package no.lifecase.trigger;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.variable.Variables;

import static no.lifecase.lifeevent.LifeEvent.DEATH_AND_INHERITANCE;
import static no.lifecase.lifeevent.LifeEvent.HAVING_A_CHILD;
import static no.lifecase.lifeevent.LifeEvent.NEW_IN_NORWAY;
import static no.lifecase.lifeevent.LifeEvent.STARTING_A_BUSINESS;
import static no.lifecase.lifeevent.LifeEvent.STARTING_A_VOLUNTARY_ORGANISATION;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.InvalidIdentityNumber;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.lifeevent.DeathAndInheritance.Message;
import no.lifecase.lifeevent.DeathAndInheritance.SettlementForm;
import no.lifecase.lifeevent.DeathAndInheritance.Variable;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.lifeevent.NewInNorway;
import no.lifecase.lifeevent.StartingABusiness;
import no.lifecase.lifeevent.StartingAVoluntaryOrganisation;
import org.springframework.stereotype.Component;

/**
 * Decides what a register event means for the life events and does it: open a case, deliver a message into a running
 * case, or skip. Sources: docs/domain.md#folkeregisteret-events, docs/domain.md#enhetsregisteret-update-feed,
 * docs/domain.md#organisation-forms and docs/domain.md#courts-estate-feed. The messages are those
 * {@code death-and-inheritance.bpmn} waits for ({@link Message}).
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
    private static final String COURT_CASE_FINISHED = "FERDIGBEHANDLET";
    private static final String ESTATE_HEIRS = "estateHeirs";
    private static final String COURT_CASE_REGISTERED_IN_ERROR = "FEILFORT";

    private final CaseOpening opening;
    private final CaseCorrelation correlation;

    FeedEventRouter(CaseOpening opening, CaseCorrelation correlation) {
        this.opening = opening;
        this.correlation = correlation;
    }

    /**
     * @param sourceEventKey feed name and event id, handed on to the case opening for tracing
     */
    public EventOutcome route(RegisterFeed register, FeedEvent event, String sourceEventKey) {
        return switch (register) {
            case FOLKEREGISTERET -> population(event, sourceEventKey);
            case ENHETSREGISTERET -> organisations(event, sourceEventKey);
            case DOMSTOL -> court(event);
        };
    }

    private EventOutcome population(FeedEvent event, String key) {
        return switch (event.type()) {
            case "personErOpprettet" -> event.isTrue(FeedEvent.NEWBORN)
                    ? forPerson(event.subject(), child -> opening.openForPerson(HAVING_A_CHILD, child, key))
                    : forPerson(event.subject(), person -> newcomerWithDNumber(person, key));
            // A stillborn child gets no number of its own: the mother's case takes the careful path.
            case "endringIFamilierelasjon" -> event.isTrue(FeedEvent.STILLBIRTH)
                    ? forPerson(event.subject(), mother -> opening.openForPerson(HAVING_A_CHILD, mother, key, Map.of("stillbirth", true)))
                    : EventOutcome.skipped(SkipReason.NOT_A_TRIGGER);
            case "personErDoed" -> forPerson(event.subject(), person -> death(person, key));
            case "personErReaktivert" -> forPerson(event.subject(),
                    person -> correlation.correlate(DEATH_AND_INHERITANCE, person, Message.PERSON_REACTIVATED, Map.of()));
            // Both can announce one move to Norway, so the second finds the case already running.
            case "personErBosatt", "endringIInnflytting" -> forPerson(event.subject(), person ->
                    correlation.hasRunningCase(NEW_IN_NORWAY, person)
                            ? EventOutcome.skipped(SkipReason.CASE_ALREADY_RUNNING, NEW_IN_NORWAY)
                            : opening.openForPerson(NEW_IN_NORWAY, person, key));
            // Only informs (ADR 16): personErBosatt follows on the new number and opens the resident's case; a case
            // waiting on the old D-number for its fødselsnummer is told it has come.
            case "endringIIdentifikasjonsnummer" -> forPerson(event.subject(), formerNumber -> formerNumber.isDNumber()
                    ? correlation.correlate(NEW_IN_NORWAY, formerNumber, NewInNorway.Message.FODSELSNUMMER_ASSIGNED, Map.of())
                    : EventOutcome.skipped(SkipReason.NOT_A_TRIGGER));
            default -> notATrigger(event, FOLKEREGISTERET_TYPES);
        };
    }

    /**
     * A person created with a D-number, not a newborn: someone who came to work or study (a D-number requisition,
     * docs/domain.md#folkeregisteret-events and docs/domain.md#new-in-norway). Their new-in-norway case shows the way
     * to a fødselsnummer (ADR 16). Anyone else created with a fødselsnummer is announced again by personErBosatt, which
     * opens the case.
     */
    private EventOutcome newcomerWithDNumber(Fodselsnummer person, String key) {
        if (!person.isDNumber()) {
            return EventOutcome.skipped(SkipReason.NOT_A_NEWBORN);
        }
        return correlation.hasRunningCase(NEW_IN_NORWAY, person)
                ? EventOutcome.skipped(SkipReason.CASE_ALREADY_RUNNING, NEW_IN_NORWAY)
                : opening.openForPerson(NEW_IN_NORWAY, person, key);
    }

    /**
     * A person dies once: a later death event is a correction, never a second case. While the case runs it is
     * told; when a withdrawn registration (personErReaktivert) has ended it, the same case starts again.
     */
    private EventOutcome death(Fodselsnummer person, String key) {
        if (correlation.hasRunningCase(DEATH_AND_INHERITANCE, person)) {
            return correlation.correlate(DEATH_AND_INHERITANCE, person, Message.DEATH_REGISTERED_AGAIN, Map.of());
        }
        if (correlation.hasCase(DEATH_AND_INHERITANCE, person)) {
            return opening.reopenForPerson(DEATH_AND_INHERITANCE, person, "the death was registered again");
        }
        return opening.openForPerson(DEATH_AND_INHERITANCE, person, key);
    }

    private EventOutcome organisations(FeedEvent event, String key) {
        if (!"Ny".equals(event.type())) {
            return notATrigger(event, ENHETSREGISTERET_TYPES);
        }
        var form = event.attribute(FeedEvent.ORGANISATION_FORM);
        if (form.isEmpty()) {
            return EventOutcome.skipped(SkipReason.NO_ORGANISATION_FORM);
        }
        LifeEvent lifeEvent = lifeEventOfForm(form.get());
        if (lifeEvent == null) {
            return EventOutcome.skipped(SkipReason.ORGANISATION_FORM_NOT_A_TRIGGER);
        }
        if (!Organisasjonsnummer.isValid(event.subject())) {
            return EventOutcome.skipped(SkipReason.INVALID_ORGANISATION_NUMBER, lifeEvent);
        }
        var founder = event.attribute(FeedEvent.FOUNDER);
        if (founder.isEmpty()) {
            return EventOutcome.skipped(SkipReason.NO_FOUNDER, lifeEvent);
        }
        if (!Fodselsnummer.isValid(founder.get())) {
            return EventOutcome.skipped(SkipReason.INVALID_FOUNDER, lifeEvent);
        }
        return opening.openForOrganisation(lifeEvent, Organisasjonsnummer.parse(event.subject()),
                Fodselsnummer.parse(founder.get()), key);
    }

    private static LifeEvent lifeEventOfForm(String form) {
        if (StartingABusiness.ORGANISATION_FORMS.contains(form)) {
            return STARTING_A_BUSINESS;
        }
        return StartingAVoluntaryOrganisation.ORGANISATION_FORMS.contains(form) ? STARTING_A_VOLUNTARY_ORGANISATION : null;
    }

    /**
     * The court's estate case belongs in the death case of the deceased (the event's subject). An update carries the
     * whole estate case, so it says which step the case may be waiting for: the finished public settlement, or the
     * decided form of settlement. The first one the case waits for is delivered.
     */
    private EventOutcome court(FeedEvent event) {
        if (!COURT_TYPES.contains(event.type())) {
            return EventOutcome.skipped(SkipReason.UNKNOWN_EVENT_TYPE);
        }
        var status = event.attribute(FeedEvent.COURT_CASE_STATUS).orElse("");
        var settlementForm = event.attribute(FeedEvent.SKIFTEFORM).filter(form -> !SettlementForm.NOT_DECIDED.equals(form));
        if (COURT_CASE_REGISTERED_IN_ERROR.equals(status) || settlementForm.isEmpty()) {
            return EventOutcome.skipped(SkipReason.NOT_A_TRIGGER);
        }
        return forPerson(event.subject(), deceased -> {
            if (COURT_CASE_FINISHED.equals(status) && SettlementForm.PUBLIC.equals(settlementForm.get())) {
                var settled = correlation.correlate(DEATH_AND_INHERITANCE, deceased, Message.ESTATE_SETTLED, Map.of());
                if (settled.skipReason() != SkipReason.CASE_NOT_WAITING) {
                    return settled;
                }
            }
            return correlation.correlate(DEATH_AND_INHERITANCE, deceased, Message.ESTATE_SETTLEMENT_DECIDED,
                    Map.of(Variable.SETTLEMENT_FORM, settlementForm.get(), ESTATE_HEIRS, heirsOf(event)));
        });
    }

    /** The heirs the court names, as a JSON list: who may see the estate overview (estate-overview-access). */
    private static Object heirsOf(FeedEvent event) {
        var heirs = event.attribute(FeedEvent.HEIRS).map(list -> List.of(list.split(","))).orElse(List.of());
        return Variables.objectValue(new ArrayList<>(heirs)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    private static EventOutcome forPerson(String subject, Function<Fodselsnummer, EventOutcome> action) {
        Fodselsnummer person;
        try {
            person = Fodselsnummer.parse(subject);
        } catch (InvalidIdentityNumber e) {
            return EventOutcome.skipped(SkipReason.INVALID_IDENTITY_NUMBER);
        }
        return action.apply(person);
    }

    private static EventOutcome notATrigger(FeedEvent event, Set<String> knownTypes) {
        return EventOutcome.skipped(knownTypes.contains(event.type()) ? SkipReason.NOT_A_TRIGGER : SkipReason.UNKNOWN_EVENT_TYPE);
    }
}
