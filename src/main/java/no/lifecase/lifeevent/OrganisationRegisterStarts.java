package no.lifecase.lifeevent;

import no.lifecase.register.enhetsregisteret.EnhetsregisteretClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The register start rules of the two organisation life events: the same check, each with its own forms. */
@Configuration(proxyBeanMethods = false)
class OrganisationRegisterStarts {

    @Bean
    RegisterStart startingABusinessRegisterStart(EnhetsregisteretClient enhetsregisteret) {
        return new OrganisationRegisterStart(LifeEvent.STARTING_A_BUSINESS, StartingABusiness.ORGANISATION_FORMS, enhetsregisteret);
    }

    @Bean
    RegisterStart startingAVoluntaryOrganisationRegisterStart(EnhetsregisteretClient enhetsregisteret) {
        return new OrganisationRegisterStart(LifeEvent.STARTING_A_VOLUNTARY_ORGANISATION,
                StartingAVoluntaryOrganisation.ORGANISATION_FORMS, enhetsregisteret);
    }
}
