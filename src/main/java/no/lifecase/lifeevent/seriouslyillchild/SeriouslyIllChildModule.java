package no.lifecase.lifeevent.seriouslyillchild;

import static no.lifecase.agency.AgencyKind.HEALTH_TRUST;
import static no.lifecase.agency.AgencyKind.MUNICIPALITY;
import static no.lifecase.lifeevent.Involved.agency;
import static no.lifecase.lifeevent.Involved.routed;

import java.util.List;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.Representatives;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.language.Text;
import no.lifecase.lifeevent.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The life event "seriously ill child": what the catalogue, the case file and the portal know of it, and the beans
 * only it needs. Its place in the catalogue is 5.
 */
@Configuration(proxyBeanMethods = false)
public class SeriouslyIllChildModule {

    public static final LifeEvent LIFE_EVENT = new LifeEvent(SeriouslyIllChild.PROCESS_ID,
            new Text("Alvorlig sykt barn", "Alvorleg sjukt barn", "Seriously ill child"),
            new Text("Helsedirektoratet", "Helsedirektoratet", "Norwegian Directorate of Health"),
            Trigger.citizen("En forelder med foreldreansvar starter den på Min side.",
                    "Ein forelder med foreldreansvar startar saka på Mi side.",
                    "A parent with parental responsibility starts it on My page."),
            List.of(agency("nav"),
                    routed(HEALTH_TRUST, "Sykehuset som behandler barnet", "Sjukehuset som behandlar barnet",
                            "The hospital treating the child"),
                    routed(MUNICIPALITY, "Kommunen der barnet bor", "Kommunen der barnet bur",
                            "The child's municipality")),
            new AccessPurpose(new Text("Å vurdere pleiepenger og kommunale tjenester for det syke barnet",
                    "Å vurdere pleiepengar og kommunale tenester for det sjuke barnet",
                    "To assess care benefit and municipal services for the sick child"),
                    new Text("folkeregisterloven § 10-2; folketrygdloven kapittel 9", "folkeregisterlova § 10-2; folketrygdlova kapittel 9",
                            "folkeregisterloven § 10-2; folketrygdloven chapter 9")),
            // A parent with parental responsibility acts for the child.
            Representatives.forTheSubject(SeriouslyIllChild.Variable.PARENTS_WITH_RESPONSIBILITY));

    @Bean
    @Order(5)
    LifeEvent seriouslyIllChildLifeEvent() {
        return LIFE_EVENT;
    }
}
