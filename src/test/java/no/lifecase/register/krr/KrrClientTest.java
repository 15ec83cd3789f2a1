package no.lifecase.register.krr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.client.ExpectedCount.times;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.jsonPath;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterClients;
import no.lifecase.register.krr.KrrPerson.Reservasjon;
import no.lifecase.register.krr.KrrPerson.Status;
import no.lifecase.register.krr.KrrPerson.Varslingsstatus;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** KRR's bulk lookup, shaped as docs/domain.md#krr-and-digital-letters describes it, through the client. */
class KrrClientTest {

    private static final String BASE = "https://kontaktregisteret.no/rest/v1";

    private MockRestServiceServer server;
    private KrrClient client;

    @BeforeEach
    void bindToMockServer() {
        var builder = RestClient.builder().baseUrl(BASE);
        server = MockRestServiceServer.bindTo(builder).build();
        var clients = mock(RegisterClients.class);
        when(clients.client("krr")).thenReturn(builder.build());
        client = new KrrClient(clients);
    }

    @Test
    void posts_the_ids_and_reads_each_persons_entry() {
        server.expect(requestTo(BASE + "/personer")).andExpect(method(HttpMethod.POST))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("{\"personidentifikatorer\":[\"13857548595\",\"13858025456\"]}", true))
                .andRespond(withSuccess(json("personer.json"), MediaType.APPLICATION_JSON));

        var persons = client.personer(List.of(Fodselsnummer.parse("13857548595"), Fodselsnummer.parse("13858025456"),
                Fodselsnummer.parse("13857548595")));

        assertThat(persons).extracting(KrrPerson::personidentifikator, KrrPerson::reservasjon, KrrPerson::status,
                        KrrPerson::varslingsstatus)
                .containsExactly(
                        tuple("13857548595", Reservasjon.NEI, Status.AKTIV, Varslingsstatus.KAN_VARSLES),
                        tuple("13858025456", Reservasjon.JA, Status.AKTIV, Varslingsstatus.KAN_IKKE_VARSLES),
                        tuple("22856220072", Reservasjon.NEI, Status.AKTIV, Varslingsstatus.KAN_IKKE_VARSLES),
                        tuple("25819091148", null, Status.IKKE_REGISTRERT, Varslingsstatus.KAN_IKKE_VARSLES),
                        tuple("23888830782", Reservasjon.NEI, Status.SLETTET, Varslingsstatus.KAN_IKKE_VARSLES));
        var first = persons.get(0);
        assertThat(first.kontaktinformasjon().epostadresse()).isEqualTo("vakker.blomst@example.no");
        assertThat(first.kontaktinformasjon().mobiltelefonnummerOppdatert()).isEqualTo("2025-11-02T10:15:00+01");
        assertThat(first.digitalPost().postkasseleverandoeradresse()).isEqualTo("984661185");
        assertThat(first.spraak()).isEqualTo("nb");
        assertThat(persons.get(1).reservasjonstidspunkt()).isEqualTo("2023-06-13T13:42:34+02");
        server.verify();
    }

    @Test
    void more_than_a_thousand_ids_are_split_into_requests_of_at_most_a_thousand() {
        server.expect(times(2), requestTo(BASE + "/personer"))
                .andExpect(jsonPath("$.personidentifikatorer.length()", Matchers.either(Matchers.is(1000)).or(Matchers.is(500))))
                .andRespond(withSuccess("{\"personer\":[]}", MediaType.APPLICATION_JSON));

        var random = new Random(1);
        var ids = IntStream.range(0, 1500)
                .mapToObj(i -> Fodselsnummer.generate(LocalDate.of(1950, 1, 1).plusDays(i), false, true, random))
                .toList();

        assertThat(client.personer(ids)).isEmpty();
        server.verify();
    }

    @Test
    void nobody_to_look_up_makes_no_request() {
        assertThat(client.personer(List.of())).isEmpty();
        server.verify();
    }

    static String json(String name) {
        try {
            return new ClassPathResource("krr/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
