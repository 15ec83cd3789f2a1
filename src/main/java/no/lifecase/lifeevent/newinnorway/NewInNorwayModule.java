package no.lifecase.lifeevent.newinnorway;

import static no.lifecase.agency.AgencyKind.MUNICIPALITY;
import static no.lifecase.lifeevent.Involved.agency;
import static no.lifecase.lifeevent.Involved.routed;

import java.util.List;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.SendLetterDelegate;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.Representatives;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.language.Text;
import no.lifecase.lifeevent.Trigger;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The life event "new in Norway": what the catalogue, the case file and the portal know of it, and the beans only it
 * needs. Its place in the catalogue is 3.
 */
@Configuration(proxyBeanMethods = false)
public class NewInNorwayModule {

    public static final LifeEvent LIFE_EVENT = new LifeEvent(NewInNorway.PROCESS_ID,
            new Text("Ny i Norge", "Ny i Noreg", "New in Norway"),
            new Text("Skatteetaten", "Skatteetaten", "Norwegian Tax Administration"),
            Trigger.registerEvent("Folkeregisteret", List.of("personErBosatt", "endringIInnflytting", "personErOpprettet"),
                    "En person blir registrert bosatt i Norge etter innflytting, eller får et D-nummer.",
                    "Ein person blir registrert busett i Noreg etter innflytting, eller får eit D-nummer.",
                    "A person is registered as resident in Norway after moving here, or is given a D-number."),
            List.of(agency("skatteetaten"), agency("nav"), agency("helfo"), agency("udi"), agency("imdi"),
                    routed(MUNICIPALITY, "Kommunen der personen bor", "Kommunen der personen bur",
                            "The municipality where the person lives")),
            new AccessPurpose(new Text("Å tilby tjenestene en ny innbygger har rett til", "Å tilby tenestene ein ny innbyggjar har rett til",
                    "To offer the services a new resident is entitled to"),
                    new Text("folkeregisterloven § 10-2; integreringsloven", "folkeregisterlova § 10-2; integreringslova",
                            "folkeregisterloven § 10-2; integreringsloven")),
            Representatives.NONE);

    @Bean
    @Order(3)
    LifeEvent newInNorwayLifeEvent() {
        return LIFE_EVENT;
    }

    /** The overview of the newcomer's next steps, by the channel KRR gives. */
    @Bean
    JavaDelegate sendNewcomerWelcome(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "new-in-norway-welcome", CaseService.SUBJECT);
    }
}
