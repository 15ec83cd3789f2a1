package no.lifecase.lifeevent.havingachild;

import static no.lifecase.agency.AgencyKind.MUNICIPALITY;
import static no.lifecase.lifeevent.Involved.agency;
import static no.lifecase.lifeevent.Involved.routed;

import java.util.List;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.SendLetterDelegate;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.Representatives;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.lifeevent.Text;
import no.lifecase.lifeevent.Trigger;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The life event "having a child": what the catalogue, the case file and the portal know of it, and the beans only it
 * needs. Its place in the catalogue is 1.
 */
@Configuration(proxyBeanMethods = false)
public class HavingAChildModule {

    public static final LifeEvent LIFE_EVENT = new LifeEvent(HavingAChild.PROCESS_ID,
            new Text("Få barn", "Having a child"),
            new Text("Arbeids- og velferdsetaten (Nav)", "Norwegian Labour and Welfare Administration (Nav)"),
            Trigger.registerEvent("Folkeregisteret", List.of("personErOpprettet", "endringIFamilierelasjon"),
                    "Et barn blir registrert født i Folkeregisteret (eller et dødfødt barn hos moren).",
                    "A child is registered as born in Folkeregisteret (or a stillborn child with the mother)."),
            List.of(agency("nav"), agency("skatteetaten"),
                    routed(MUNICIPALITY, "Kommunen der barnet bor (helsestasjon)", "The child's municipality (health clinic)")),
            new AccessPurpose("To offer child benefit, parental benefit and a home visit for the new child",
                    "folkeregisterloven § 10-2; barnetrygdloven § 4; folketrygdloven kapittel 14"),
            // A parent with parental responsibility (or the mother) acts for the child.
            Representatives.forTheSubject(HavingAChild.Variable.PARENTS_WITH_RESPONSIBILITY, HavingAChild.Variable.MOTHER_ID));

    @Bean
    @Order(1)
    LifeEvent havingAChildLifeEvent() {
        return LIFE_EVENT;
    }

    @Bean
    JavaDelegate sendNameReminder(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "name-reminder", HavingAChild.Variable.PARENTS_WITH_RESPONSIBILITY);
    }

    @Bean
    JavaDelegate sendChoiceReminder(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "parental-benefit-reminder", HavingAChild.Variable.MOTHER_ID);
    }
}
