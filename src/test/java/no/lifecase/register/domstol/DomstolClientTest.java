package no.lifecase.register.domstol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import no.lifecase.register.RegisterClients;
import no.lifecase.register.domstol.Part.Formuesfullmakt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** The courts' estate-case feed, shaped as docs/domain.md#courts-estate-feed describes it, through the client. */
class DomstolClientTest {

    private static final String BASE = "https://hendelsesliste.test.domstol.no/api";
    private static final UUID SAK = UUID.fromString("e8aa8cd8-7146-4984-9681-24b14a07207f");

    private MockRestServiceServer server;
    private DomstolClient client;

    @BeforeEach
    void bindToMockServer() {
        var builder = RestClient.builder().baseUrl(BASE);
        server = MockRestServiceServer.bindTo(builder).build();
        var clients = mock(RegisterClients.class);
        when(clients.client("domstol")).thenReturn(builder.build());
        client = new DomstolClient(clients);
    }

    @Test
    void the_feed_is_a_list_of_patches_of_cloud_events_pointing_at_cases() {
        server.expect(requestTo(BASE + "/hendelsesliste?limit=100")).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(json("hendelsesliste.json"), MediaType.APPLICATION_JSON));

        var feed = client.events();

        assertThat(feed.patches()).hasSize(2);
        assertThat(feed.events())
                .extracting(CloudEvent::type, event -> event.sakId().orElseThrow())
                .containsExactly(
                        tuple(CloudEvent.CASE_ADDED, SAK),
                        tuple(CloudEvent.CASE_UPDATED, SAK),
                        tuple(CloudEvent.CASE_UPDATED, UUID.fromString("3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b004")));
        var first = feed.events().get(0);
        assertThat(first.specversion()).isEqualTo("1.0");
        assertThat(first.source()).isEqualTo("https://domstol.no");
        assertThat(first.id()).isEqualTo("5b0e7c1e-2f4a-4c55-9d0a-1f0f2b6c9a01");
        assertThat(first.time()).isEqualTo(OffsetDateTime.of(2026, 3, 10, 9, 15, 0, 0, ZoneOffset.UTC));
        assertThat(feed.latestTime()).hasValueSatisfying(time ->
                assertThat(time.toInstant()).isEqualTo(OffsetDateTime.parse("2026-04-21T11:02:11.250Z").toInstant()));
        server.verify();
    }

    @Test
    void the_next_poll_starts_from_a_time_written_in_utc() {
        server.expect(requestTo(BASE + "/hendelsesliste?limit=10&from=2026-04-21T11:02:11.25Z"))
                .andRespond(withSuccess("[]", MediaType.APPLICATION_JSON));

        var feed = client.events(OffsetDateTime.parse("2026-04-21T13:02:11.250+02:00"), 10);

        assertThat(feed.isEmpty()).isTrue();
        assertThat(feed.latestTime()).isEmpty();
        server.verify();
    }

    @Test
    void a_decided_case_names_the_deceased_the_court_the_skifteform_and_the_heirs_who_took_over() {
        server.expect(requestTo(BASE + "/objects/" + SAK))
                .andRespond(withSuccess(json("sak-privat-skifte.json"), MediaType.APPLICATION_JSON));

        var sak = client.sak(SAK).orElseThrow();

        assertThat(sak.sakId()).isEqualTo(SAK);
        assertThat(sak.saksnummer()).isEqualTo("26-000074DFA-TOSL");
        assertThat(sak.avdode()).isEqualTo("22856220072");
        assertThat(sak.embete()).isEqualTo("Oslo tingrett");
        assertThat(sak.status()).isEqualTo(Sak.Status.FERDIGBEHANDLET);
        assertThat(sak.skifteform()).isEqualTo(Skifteform.PRIVATE_SETTLEMENT);
        assertThat(sak.skifteform().isDecided()).isTrue();
        assertThat(sak.resultatType()).isEqualTo("PRIVAT_SKIFTE_IHT_ARVELOVEN_PARAGRAF_99");
        assertThat(sak.receivedDate()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(sak.deadlineDate()).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(sak.heirsWhoTookOver()).containsExactly("13857548595", "13858025456");
        assertThat(sak.parter()).extracting(Part::type, Part::role, Part::formuesfullmakt, Part::godkjennerSkifteattest)
                .containsExactly(
                        tuple("Person", "BARN", Formuesfullmakt.ALTINN_DODSBO, true),
                        tuple("Person", "BARN", Formuesfullmakt.INGEN, true),
                        tuple("PersonPapp", null, null, false),
                        tuple("Foretak", "FORDRINGSHAVER", null, false));
        assertThat(sak.parter().get(2).navn().lastName()).isEqualTo("Papp");
        assertThat(sak.parter().get(2).dateOfBirth()).isEqualTo(LocalDate.of(2011, 11, 5));
        assertThat(sak.parter().get(3).organisasjonsNummer()).isEqualTo("310000019");
    }

    @Test
    void the_spec_spelling_is_read_as_well() {
        var sakId = UUID.fromString("8ef8cd87-8635-4005-ba8a-ce276dc2aa9d");
        server.expect(requestTo(BASE + "/objects/" + sakId))
                .andRespond(withSuccess(json("sak-spec-eksempel.json"), MediaType.APPLICATION_JSON));

        var sak = client.sak(sakId).orElseThrow();

        assertThat(sak.avdode()).isEqualTo("04840171855");
        assertThat(sak.embeteId()).isEqualTo("TVES");
        assertThat(sak.skifteform()).isEqualTo(Skifteform.UNDECIDED);
        assertThat(sak.skifteform().isDecided()).isFalse();
        assertThat(sak.heirsWhoTookOver()).isEmpty();
        assertThat(sak.parter()).extracting(Part::role, Part::formuesfullmakt, Part::onsketSkifteform, Part::isPerson)
                .containsExactly(
                        tuple("GJENLEV_EKTEFELLE_PARTNER", Formuesfullmakt.ALTINN_DODSBO, "USKIFTE", true),
                        tuple("SAERKULLSBARN", Formuesfullmakt.INGEN, null, true));
    }

    @Test
    void an_unknown_case_is_empty() {
        server.expect(requestTo(BASE + "/objects/" + SAK)).andRespond(withResourceNotFound());

        assertThat(client.sak(SAK)).isEmpty();
    }

    static String json(String name) {
        try {
            return new ClassPathResource("domstol/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
