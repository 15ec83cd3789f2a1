package no.lifecase.register.udi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.time.LocalDate;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class UdiClientTest {

    private static final String BASE = "https://udi.example/api";
    private static final Fodselsnummer PERSON = Fodselsnummer.parse("15839049843");

    private MockRestServiceServer server;
    private UdiClient client;

    @BeforeEach
    void bindToMockServer() {
        var builder = RestClient.builder().baseUrl(BASE);
        server = MockRestServiceServer.bindTo(builder).build();
        var clients = mock(RegisterClients.class);
        when(clients.client("udi")).thenReturn(builder.build());
        client = new UdiClient(clients);
    }

    @Test
    void posts_the_number_in_the_body_and_reads_the_basis() {
        server.expect(requestTo(BASE + "/oppholdsgrunnlag")).andExpect(method(HttpMethod.POST))
                .andExpect(content().json("{\"foedselsEllerDNummer\":\"15839049843\"}", true))
                .andRespond(withSuccess("""
                        {"foedselsEllerDNummer":"15839049843","oppholdsgrunnlag":"beskyttelse","vedtaksdato":"2026-02-20","saksnummer":"x"}""",
                        MediaType.APPLICATION_JSON));

        assertThat(client.residenceBasis(PERSON))
                .contains(new Oppholdsgrunnlag("15839049843", "beskyttelse", LocalDate.of(2026, 2, 20)));
        server.verify();
    }

    @Test
    void a_person_udi_holds_nothing_on_is_empty() {
        server.expect(requestTo(BASE + "/oppholdsgrunnlag")).andRespond(withStatus(HttpStatus.NOT_FOUND));

        assertThat(client.residenceBasis(PERSON)).isEmpty();
    }
}
