package no.lifecase.lifeevent;

import static no.lifecase.agency.AgencyKind.DISTRICT_COURT;
import static no.lifecase.agency.AgencyKind.HEALTH_TRUST;
import static no.lifecase.agency.AgencyKind.MUNICIPALITY;
import static no.lifecase.lifeevent.LifeEventDescription.Involved.agency;
import static no.lifecase.lifeevent.LifeEventDescription.Involved.routed;
import static no.lifecase.lifeevent.LifeEventDescription.Trigger.citizen;
import static no.lifecase.lifeevent.LifeEventDescription.Trigger.registerEvent;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.lifecase.lifeevent.LifeEventDescription.Text;
import org.springframework.stereotype.Component;

/**
 * The seven prioritised life events (Digitaliseringsstrategien 2019–2025) as Lifecase runs them: owner, trigger and
 * the public bodies involved. The steps themselves are in each process model; see docs/adr/0027-life-event-catalogue.md.
 */
@Component
public class LifeEventCatalogue {

    private static final String FOLKEREGISTERET = "Folkeregisteret";
    private static final String ENHETSREGISTERET = "Enhetsregisteret";
    private static final Text NAV = new Text("Arbeids- og velferdsetaten (Nav)", "Norwegian Labour and Welfare Administration (Nav)");
    private static final Text BRREG = new Text("Brønnøysundregistrene", "The Brønnøysund Register Centre");

    private static final List<LifeEventDescription> DESCRIPTIONS = List.of(
            new LifeEventDescription(LifeEvent.HAVING_A_CHILD, NAV,
                    registerEvent(FOLKEREGISTERET, List.of("personErOpprettet", "endringIFamilierelasjon"),
                            "Et barn blir registrert født i Folkeregisteret (eller et dødfødt barn hos moren).",
                            "A child is registered as born in Folkeregisteret (or a stillborn child with the mother)."),
                    List.of(agency("nav"), agency("skatteetaten"),
                            routed(MUNICIPALITY, "Kommunen der barnet bor (helsestasjon)", "The child's municipality (health clinic)"))),
            new LifeEventDescription(LifeEvent.DEATH_AND_INHERITANCE,
                    new Text("Domstoladministrasjonen", "The Norwegian Courts Administration"),
                    registerEvent(FOLKEREGISTERET, List.of("personErDoed"),
                            "Et dødsfall blir registrert i Folkeregisteret; tingrettens dødsbosak følger.",
                            "A death is registered in Folkeregisteret; the district court's estate case follows."),
                    List.of(agency("nav"), agency("skatteetaten"),
                            routed(MUNICIPALITY, "Kommunen der avdøde bodde", "The municipality where the deceased lived"),
                            routed(DISTRICT_COURT, "Tingretten der avdøde bodde", "The district court where the deceased lived"))),
            new LifeEventDescription(LifeEvent.NEW_IN_NORWAY, new Text("Skatteetaten", "Norwegian Tax Administration"),
                    registerEvent(FOLKEREGISTERET, List.of("personErBosatt", "endringIInnflytting"),
                            "En person blir registrert bosatt i Norge etter innflytting.",
                            "A person is registered as resident in Norway after moving here."),
                    List.of(agency("skatteetaten"), agency("nav"), agency("helfo"), agency("udi"),
                            routed(MUNICIPALITY, "Kommunen der personen bor", "The municipality where the person lives"))),
            new LifeEventDescription(LifeEvent.LOSING_AND_FINDING_A_JOB, NAV,
                    citizen("Du starter selv på Min side når du mister jobben eller blir permittert.",
                            "You start it yourself on My page when you lose your job or are laid off."),
                    List.of(agency("nav"))),
            new LifeEventDescription(LifeEvent.SERIOUSLY_ILL_CHILD, new Text("Helsedirektoratet", "Norwegian Directorate of Health"),
                    citizen("En forelder med foreldreansvar starter den på Min side.",
                            "A parent with parental responsibility starts it on My page."),
                    List.of(agency("nav"),
                            routed(HEALTH_TRUST, "Sykehuset som behandler barnet", "The hospital treating the child"),
                            routed(MUNICIPALITY, "Kommunen der barnet bor", "The child's municipality"))),
            new LifeEventDescription(LifeEvent.STARTING_A_BUSINESS, BRREG,
                    registerEvent(ENHETSREGISTERET, List.of("Ny"),
                            "En ny virksomhet (ENK, AS eller NUF) blir registrert i Enhetsregisteret.",
                            "A new business (ENK, AS or NUF) is registered in Enhetsregisteret."),
                    List.of(agency("brreg"), agency("skatteetaten"), agency("nav"),
                            routed(MUNICIPALITY, "Kommunen der virksomheten holder til", "The municipality where the business is"))),
            new LifeEventDescription(LifeEvent.STARTING_A_VOLUNTARY_ORGANISATION, BRREG,
                    registerEvent(ENHETSREGISTERET, List.of("Ny"),
                            "En ny forening, et lag eller en innretning (FLI) blir registrert i Enhetsregisteret.",
                            "A new association (FLI) is registered in Enhetsregisteret."),
                    List.of(agency("brreg"))));

    private final Map<LifeEvent, LifeEventDescription> byLifeEvent = DESCRIPTIONS.stream()
            .collect(Collectors.toUnmodifiableMap(LifeEventDescription::lifeEvent, Function.identity()));

    /** All seven, in the order of {@link LifeEvent}. */
    public List<LifeEventDescription> all() {
        return Arrays.stream(LifeEvent.values()).map(byLifeEvent::get).toList();
    }

    public LifeEventDescription describe(LifeEvent lifeEvent) {
        return byLifeEvent.get(lifeEvent);
    }
}
