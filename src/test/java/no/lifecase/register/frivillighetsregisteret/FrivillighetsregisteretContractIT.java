package no.lifecase.register.frivillighetsregisteret;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.simulator.population.Population;
import no.lifecase.testsupport.LifecaseIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The Frivillighetsregisteret client against the simulator, over HTTP. */
@LifecaseIT
class FrivillighetsregisteretContractIT {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private FrivillighetsregisteretClient client;

    @Autowired
    private Population population;

    @Test
    void a_voluntary_organisation_that_registered_is_there_with_its_category_and_grasrotandel() {
        var number = found(Map.of("organisationForm", "FLI", "founder", population.adults().get(3).identityNumber(),
                "registerInFrivillighetsregisteret", true));

        var organisation = client.organisasjon(number).orElseThrow();

        assertThat(organisation.organisasjonsnummer()).isEqualTo(number.value());
        assertThat(organisation.innfoertDato()).isAfterOrEqualTo(population.today());
        assertThat(organisation.hovedkategori()).hasValueSatisfying(category ->
                assertThat(category.icnpoNummer()).isIn("1.100", "1.200"));
        assertThat(organisation.kontonummer()).matches("\\d{11}");
        assertThat(organisation.grasrotandel()).isNotNull();
    }

    @Test
    void organisations_not_registered_there_are_not_found() {
        var company = found(Map.of("organisationForm", "AS", "founder", population.adults().get(4).identityNumber()));
        var unregistered = found(Map.of("organisationForm", "FLI", "founder", population.adults().get(5).identityNumber(),
                "registerInFrivillighetsregisteret", false));

        assertThat(client.organisasjon(company)).isEmpty();
        assertThat(client.organisasjon(unregistered)).isEmpty();
    }

    private Organisasjonsnummer found(Map<String, Object> founding) {
        var answer = http.postForEntity("/sim/enhetsregisteret/organisasjoner", founding, Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return Organisasjonsnummer.parse((String) answer.getBody().get("organisasjonsnummer"));
    }
}
