package no.lifecase.register.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.LocalDate;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import no.lifecase.register.estate.SvvVehicles.Vehicle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** Statens vegvesen's vehicles through the client, on a sample shaped as Digitalt dødsbo's Svv test data. */
class VegvesenClientTest {

    private static final String BASE = "https://vegvesen.example/api";
    private static final Fodselsnummer DECEASED = Fodselsnummer.parse("13857548595");

    private MockRestServiceServer server;
    private VegvesenClient client;

    @BeforeEach
    void bindToMockServer() {
        var builder = RestClient.builder().baseUrl(BASE);
        server = MockRestServiceServer.bindTo(builder).build();
        var clients = mock(RegisterClients.class);
        when(clients.client("vegvesen")).thenReturn(builder.build());
        client = new VegvesenClient(clients);
    }

    @Test
    void reads_registration_number_make_model_and_first_registration() {
        server.expect(requestTo(BASE + "/vehicles")).andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"personIdentifier\":\"13857548595\"}", true))
                .andRespond(withSuccess(EstateSamples.json("vehicles.json"), MediaType.APPLICATION_JSON));

        var vehicles = client.vehicles(DECEASED).vehicles();

        assertThat(vehicles).extracting(Vehicle::regNr, Vehicle::brand, Vehicle::model, Vehicle::registrationDate, Vehicle::coOwner)
                .containsExactly(
                        tuple("EL12345", "Tesla", "Model Y", LocalDate.of(2021, 3, 1), "ROTETE NISSEMOR"),
                        tuple("BD73710", "Volvo", "240", LocalDate.of(1985, 4, 1), null));
        server.verify();
    }

    @Test
    void a_person_the_register_does_not_know_owns_no_vehicle() {
        server.expect(requestTo(BASE + "/vehicles")).andRespond(withResourceNotFound());

        assertThat(client.vehicles(DECEASED).vehicles()).isEmpty();
    }
}
