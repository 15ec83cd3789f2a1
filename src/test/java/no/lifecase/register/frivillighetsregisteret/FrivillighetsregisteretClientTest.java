package no.lifecase.register.frivillighetsregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.register.RegisterClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** Frivillighetsregisteret's JSON (docs/domain.md#frivillighetsregisteret), read through the client. */
class FrivillighetsregisteretClientTest {

    private static final String BASE = "https://data.brreg.no/frivillighetsregisteret/api";

    private MockRestServiceServer server;
    private FrivillighetsregisteretClient client;

    @BeforeEach
    void bindToMockServer() {
        var builder = RestClient.builder().baseUrl(BASE);
        server = MockRestServiceServer.bindTo(builder).build();
        var clients = mock(RegisterClients.class);
        when(clients.client("frivillighetsregisteret")).thenReturn(builder.build());
        client = new FrivillighetsregisteretClient(clients);
    }

    @Test
    void a_registered_organisation_has_its_dates_category_and_grasrotandel() throws IOException {
        server.expect(requestTo(BASE + "/frivillige-organisasjoner/310000043")).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(new ClassPathResource("frivillighetsregisteret/organisasjon.json")
                        .getContentAsString(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON));

        var organisation = client.organisasjon(Organisasjonsnummer.parse("310000043")).orElseThrow();

        assertThat(organisation.innfoertDato()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(organisation.foersteGangInnfoert()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(organisation.deltarIGrasrotandelen()).isTrue();
        assertThat(organisation.hovedkategori()).hasValueSatisfying(category -> {
            assertThat(category.icnpoNummer()).isEqualTo("1.100");
            assertThat(category.navn()).isEqualTo("Kunst og kultur");
        });
        assertThat(organisation.vedtekter().frivilligRegistrerteVedtekter()).isTrue();
        assertThat(organisation.regnskapsrapportering().sistInnsendteAarsregnskap().regnskapsaar()).isEqualTo(2025);
        server.verify();
    }

    @Test
    void an_organisation_not_in_the_register_is_empty() {
        server.expect(requestTo(BASE + "/frivillige-organisasjoner/310000051")).andRespond(withResourceNotFound());

        assertThat(client.organisasjon(Organisasjonsnummer.parse("310000051"))).isEmpty();
    }
}
