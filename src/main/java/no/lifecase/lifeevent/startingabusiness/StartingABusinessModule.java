package no.lifecase.lifeevent.startingabusiness;

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
import no.lifecase.lifeevent.OrganisationRegisterStart;
import no.lifecase.lifeevent.RegisterStart;
import no.lifecase.language.Text;
import no.lifecase.lifeevent.Trigger;
import no.lifecase.register.enhetsregisteret.EnhetsregisteretClient;
import no.lifecase.trigger.CaseOpening;
import no.lifecase.trigger.NewOrganisationTrigger;
import no.lifecase.trigger.RegisterTrigger;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The life event "starting and running a business": what the catalogue, the case file and the portal know of it, and
 * the beans only it needs. Its place in the catalogue is 6.
 */
@Configuration(proxyBeanMethods = false)
public class StartingABusinessModule {

    public static final LifeEvent LIFE_EVENT = new LifeEvent(StartingABusiness.PROCESS_ID,
            new Text("Starte og drive en bedrift", "Starte og drive ei bedrift", "Starting and running a business"),
            new Text("Brønnøysundregistrene", "Brønnøysundregistera", "The Brønnøysund Register Centre"),
            Trigger.registerEvent("Enhetsregisteret", List.of("Ny"),
                    "En ny virksomhet (ENK, AS eller NUF) blir registrert i Enhetsregisteret.",
                    "Ei ny verksemd (ENK, AS eller NUF) blir registrert i Einingsregisteret.",
                    "A new business (ENK, AS or NUF) is registered in Enhetsregisteret."),
            List.of(agency("brreg"), agency("skatteetaten"), agency("nav"),
                    routed(MUNICIPALITY, "Kommunen der virksomheten holder til", "Kommunen der verksemda held til",
                            "The municipality where the business is")),
            new AccessPurpose(new Text("Å veilede deg som gründer og melde virksomheten til de etatene som trenger å vite om den",
                    "Å rettleie deg som gründer og melde verksemda til dei etatane som treng å vite om ho",
                    "To guide the founder and register the business with the agencies that need it"),
                    new Text("enhetsregisterloven § 22 (åpne data)", "einingsregisterlova § 22 (opne data)",
                            "enhetsregisterloven § 22 (open data)")),
            // Board members (or the owner of a sole proprietorship) act in the case of their organisation only.
            Representatives.inThisCaseOnly(StartingABusiness.Variable.BOARD_MEMBERS));

    @Bean
    @Order(6)
    LifeEvent startingABusinessLifeEvent() {
        return LIFE_EVENT;
    }

    /** A new unit of one of its organisation forms in Enhetsregisteret opens the case. */
    @Bean
    @Order(6)
    RegisterTrigger startingABusinessTrigger(CaseOpening opening) {
        return new NewOrganisationTrigger(LIFE_EVENT, StartingABusiness.ORGANISATION_FORMS, opening);
    }

    /** The case API may open it too, once Enhetsregisteret shows the organisation with one of those forms. */
    @Bean
    RegisterStart startingABusinessRegisterStart(EnhetsregisteretClient enhetsregisteret) {
        return new OrganisationRegisterStart(LIFE_EVENT, StartingABusiness.ORGANISATION_FORMS, enhetsregisteret);
    }

    // Letters to the founder, the case's subject.

    @Bean
    JavaDelegate sendStartGuidance(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "business-start-guidance", CaseService.SUBJECT);
    }

    @Bean
    JavaDelegate sendMissingRoleLetter(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "business-missing-role", CaseService.SUBJECT);
    }

    @Bean
    JavaDelegate sendVatRegistrationLetter(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "vat-registration-required", CaseService.SUBJECT);
    }

    @Bean
    JavaDelegate sendVatThresholdLetter(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "vat-threshold-information", CaseService.SUBJECT);
    }
}
