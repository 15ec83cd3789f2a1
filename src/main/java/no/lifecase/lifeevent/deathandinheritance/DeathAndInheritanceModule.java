package no.lifecase.lifeevent.deathandinheritance;

import static no.lifecase.agency.AgencyKind.DISTRICT_COURT;
import static no.lifecase.agency.AgencyKind.MUNICIPALITY;
import static no.lifecase.lifeevent.Involved.agency;
import static no.lifecase.lifeevent.Involved.routed;

import java.util.List;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.Representatives;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.language.Text;
import no.lifecase.lifeevent.Trigger;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The life event "death and inheritance": what the catalogue, the case file and the portal know of it, and the beans
 * only it needs. Its place in the catalogue is 2.
 */
@Configuration(proxyBeanMethods = false)
public class DeathAndInheritanceModule {

    public static final LifeEvent LIFE_EVENT = new LifeEvent(DeathAndInheritance.PROCESS_ID,
            new Text("Dødsfall og arv", "Dødsfall og arv", "Death and inheritance"),
            new Text("Domstoladministrasjonen", "Domstoladministrasjonen", "The Norwegian Courts Administration"),
            Trigger.registerEvent("Folkeregisteret", List.of("personErDoed"),
                    "Et dødsfall blir registrert i Folkeregisteret; tingrettens dødsbosak følger.",
                    "Eit dødsfall blir registrert i Folkeregisteret; dødsbusaka i tingretten kjem etter.",
                    "A death is registered in Folkeregisteret; the district court's estate case follows."),
            List.of(agency("nav"), agency("skatteetaten"),
                    routed(MUNICIPALITY, "Kommunen der avdøde bodde", "Kommunen der den avdøde budde",
                            "The municipality where the deceased lived"),
                    routed(DISTRICT_COURT, "Tingretten der avdøde bodde", "Tingretten der den avdøde budde",
                            "The district court where the deceased lived")),
            new AccessPurpose(new Text("Å gi etatene beskjed om dødsfallet og hjelpe arvingene med å gjøre opp dødsboet",
                    "Å gje etatane melding om dødsfallet og hjelpe arvingane med å gjere opp dødsbuet",
                    "To tell the agencies about the death and help the heirs settle the estate"),
                    new Text("folkeregisterloven § 10-2; arveloven §§ 92 og 118", "folkeregisterlova § 10-2; arvelova §§ 92 og 118",
                            "folkeregisterloven § 10-2; arveloven §§ 92 and 118")),
            // An heir acts for the deceased, and so does the guardian who answers for a minor heir (docs/adr/0061).
            Representatives.forTheSubject(DeathAndInheritance.Variable.HEIRS, DeathAndInheritance.Variable.DECLARING_GUARDIANS));

    @Bean
    @Order(2)
    LifeEvent deathAndInheritanceLifeEvent() {
        return LIFE_EVENT;
    }

    /** The heirs' reminders before the 60-day deadline are heir letters too; the step names the days left. */
    @Bean
    JavaDelegate sendHeirReminder(CitizenLetters letters) {
        return new SendHeirLettersDelegate(letters);
    }
}
