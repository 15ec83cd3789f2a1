package no.lifecase.lifeevent.startingavoluntaryorganisation;


import static no.lifecase.lifeevent.Involved.agency;
import static no.lifecase.lifeevent.Involved.routed;

import java.util.List;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.SendOrganisationLetterDelegate;
import no.lifecase.casefile.AccessPurpose;
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
 * The life event "starting and running a voluntary organisation": what the catalogue, the case file and the portal
 * know of it, and the beans only it needs. Its place in the catalogue is 7.
 */
@Configuration(proxyBeanMethods = false)
public class StartingAVoluntaryOrganisationModule {

    public static final LifeEvent LIFE_EVENT = new LifeEvent(StartingAVoluntaryOrganisation.PROCESS_ID,
            new Text("Starte og drive en frivillig organisasjon", "Starte og drive ein frivillig organisasjon", "Starting and running a voluntary organisation"),
            new Text("Brønnøysundregistrene", "Brønnøysundregistera", "The Brønnøysund Register Centre"),
            Trigger.registerEvent("Enhetsregisteret", List.of("Ny"),
                    "En ny forening, et lag eller en innretning (FLI) blir registrert i Enhetsregisteret.",
                    "Ei ny foreining, eit lag eller ei innretning (FLI) blir registrert i Einingsregisteret.",
                    "A new association (FLI) is registered in Enhetsregisteret."),
            List.of(agency("brreg"), agency("norsk-tipping"), agency("lotteritilsynet")),
            new AccessPurpose(new Text("Å tilby tilskuddsordninger til den nye organisasjonen", "Å tilby tilskotsordningar til den nye organisasjonen",
                    "To offer grant schemes to the new organisation"),
                    new Text("frivillighetsregisterloven § 1 (åpne data)", "frivilligregisterlova § 1 (opne data)",
                            "frivillighetsregisterloven § 1 (open data)")),
            // Board members act in the case of their organisation only.
            Representatives.inThisCaseOnly(StartingAVoluntaryOrganisation.Variable.BOARD_MEMBERS));

    @Bean
    @Order(7)
    LifeEvent startingAVoluntaryOrganisationLifeEvent() {
        return LIFE_EVENT;
    }

    /** A new unit of one of its organisation forms in Enhetsregisteret opens the case. */
    @Bean
    @Order(7)
    RegisterTrigger startingAVoluntaryOrganisationTrigger(CaseOpening opening) {
        return new NewOrganisationTrigger(LIFE_EVENT, StartingAVoluntaryOrganisation.ORGANISATION_FORMS, opening);
    }

    /** The case API may open it too, once Enhetsregisteret shows the organisation with one of those forms. */
    @Bean
    RegisterStart startingAVoluntaryOrganisationRegisterStart(EnhetsregisteretClient enhetsregisteret) {
        return new OrganisationRegisterStart(LIFE_EVENT, StartingAVoluntaryOrganisation.ORGANISATION_FORMS, enhetsregisteret);
    }

    // Letters to the board.

    /** The letter about the grant schemes that the decision voluntary-schemes chose ({@code schemeLetter}). */
    @Bean
    JavaDelegate sendSchemeOffers(CitizenLetters letters) {
        return new SendOrganisationLetterDelegate(letters, null, StartingAVoluntaryOrganisation.Variable.SCHEME_LETTER);
    }

    @Bean
    JavaDelegate sendRegistrationGuidance(CitizenLetters letters) {
        return new SendOrganisationLetterDelegate(letters, "frivillighetsregisteret-registration-guidance", null);
    }
}
