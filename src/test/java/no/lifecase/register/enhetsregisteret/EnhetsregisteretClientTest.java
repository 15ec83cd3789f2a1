package no.lifecase.register.enhetsregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withResourceNotFound;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.register.RegisterClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

/** Enhetsregisteret's JSON, shaped as docs/domain.md#enhetsregisteret describes it, read through the client. */
class EnhetsregisteretClientTest {

    private static final String BASE = "https://data.brreg.no/enhetsregisteret/api";
    private static final Organisasjonsnummer AS = Organisasjonsnummer.parse("310000019");

    private MockRestServiceServer server;
    private EnhetsregisteretClient client;

    @BeforeEach
    void bindToMockServer() {
        var builder = RestClient.builder().baseUrl(BASE);
        server = MockRestServiceServer.bindTo(builder).build();
        var clients = mock(RegisterClients.class);
        when(clients.client("enhetsregisteret")).thenReturn(builder.build());
        client = new EnhetsregisteretClient(clients);
    }

    @Test
    void a_unit_is_read_with_form_addresses_dates_and_registrations() {
        server.expect(requestTo(BASE + "/enheter/310000019")).andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess(json("enhet-as.json"), MediaType.APPLICATION_JSON));

        var unit = client.enhet(AS).orElseThrow();

        assertThat(unit.navn()).isEqualTo("VAKKER BLOMST HANDEL AS");
        assertThat(unit.organisasjonsformKode()).contains("AS");
        assertThat(unit.registreringsdatoEnhetsregisteret()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(unit.stiftelsesdato()).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(unit.naeringskode1().kode()).isEqualTo("47.110");
        assertThat(unit.forretningsadresse().adresse()).containsExactly("Storgata 1", null, null, "");
        assertThat(unit.forretningsadresse().kommunenummer()).isEqualTo("0301");
        assertThat(unit.antallAnsatte()).isEqualTo(7);
        assertThat(unit.hasEmployees()).isTrue();
        assertThat(unit.registrertIMvaregisteret()).isTrue();
        assertThat(unit.registrertIForetaksregisteret()).isTrue();
        assertThat(unit.registrertIFrivillighetsregisteret()).isFalse();
        assertThat(unit.isDeleted()).isFalse();
        server.verify();
    }

    @Test
    void a_deleted_unit_is_still_a_unit_with_its_deletion_date() {
        server.expect(requestTo(BASE + "/enheter/310000027"))
                .andRespond(withSuccess(json("enhet-slettet.json"), MediaType.APPLICATION_JSON));

        var unit = client.enhet(Organisasjonsnummer.parse("310000027")).orElseThrow();

        assertThat(unit.isDeleted()).isTrue();
        assertThat(unit.slettedato()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(unit.hasEmployees()).isFalse();
    }

    @Test
    void an_unknown_unit_is_empty() {
        server.expect(requestTo(BASE + "/enheter/310000035")).andRespond(withResourceNotFound());

        assertThat(client.enhet(Organisasjonsnummer.parse("310000035"))).isEmpty();
    }

    @Test
    void a_unit_removed_from_open_data_is_empty() {
        server.expect(requestTo(BASE + "/enheter/310000043")).andRespond(withStatus(HttpStatus.GONE));

        assertThat(client.enhet(Organisasjonsnummer.parse("310000043"))).isEmpty();
    }

    @Test
    void roles_come_in_groups_and_only_current_living_board_members_count() {
        server.expect(requestTo(BASE + "/enheter/310000019/roller"))
                .andRespond(withSuccess(json("roller-as.json"), MediaType.APPLICATION_JSON));

        var roles = client.roller(AS);

        assertThat(roles.rollegrupper()).extracting(group -> group.type().kode()).containsExactly("DAGL", "STYR", "REVI");
        assertThat(roles.heldByPersons(RoleType.STYRELEDER, RoleType.STYREMEDLEM))
                .extracting(role -> role.type().kode(), role -> role.person().fodselsnummer())
                .containsExactly(tuple("LEDE", "13857548595"), tuple("MEDL", "13858025456"));
        assertThat(roles.heldByPersons(RoleType.DAGLIG_LEDER)).singleElement()
                .satisfies(role -> assertThat(role.person().navn().etternavn()).isEqualTo("Blomst"));
        var auditor = roles.rollegrupper().get(2).roller().get(0);
        assertThat(auditor.person()).isNull();
        assertThat(auditor.enhet().organisasjonsnummer()).isEqualTo("310000035");
        assertThat(auditor.enhet().navn()).containsExactly("NØYAKTIG REVISJON AS");
    }

    @Test
    void the_open_api_gives_birth_dates_but_no_identity_numbers() {
        server.expect(requestTo(BASE + "/enheter/310000027/roller"))
                .andRespond(withSuccess(json("roller-enk-open-api.json"), MediaType.APPLICATION_JSON));

        var owner = client.roller(Organisasjonsnummer.parse("310000027")).heldByPersons(RoleType.INNEHAVER).get(0).person();

        assertThat(owner.fodselsnummer()).isNull();
        assertThat(owner.fodselsdato()).isEqualTo(LocalDate.of(1955, 4, 19));
    }

    @Test
    void an_unknown_unit_has_no_roles() {
        server.expect(requestTo(BASE + "/enheter/310000035/roller")).andRespond(withResourceNotFound());

        assertThat(client.roller(Organisasjonsnummer.parse("310000035")).rollegrupper()).isEmpty();
    }

    @Test
    void the_update_feed_is_read_from_an_id_with_the_cursor_for_the_next_poll() {
        server.expect(requestTo(BASE + "/oppdateringer/enheter?oppdateringsid=9400372&page=0&size=20"))
                .andRespond(withSuccess(json("oppdateringer.json"), MediaType.valueOf("application/hal+json")));

        var page = client.oppdateringer(9400372, 20);

        assertThat(page.oppdateringer())
                .extracting(OppdaterteEnheter.OppdatertEnhet::oppdateringsid, OppdaterteEnheter.OppdatertEnhet::organisasjonsnummer,
                        OppdaterteEnheter.OppdatertEnhet::endringstype)
                .containsExactly(
                        tuple(9400372L, "310000019", Endringstype.NY),
                        tuple(9400373L, "310000027", Endringstype.SLETTING),
                        tuple(9400380L, "310000043", Endringstype.FJERNET),
                        tuple(9400381L, "310000051", Endringstype.UKJENT));
        assertThat(page.oppdateringer().get(0).dato())
                .isEqualTo(OffsetDateTime.of(2026, 3, 2, 4, 1, 43, 945_000_000, ZoneOffset.UTC));
        assertThat(page.nesteOppdateringsid()).hasValue(9400382);
        assertThat(page.page().totalElements()).isEqualTo(498787);
    }

    @Test
    void an_empty_feed_page_has_no_embedded_list_and_no_next_cursor() {
        server.expect(requestTo(BASE + "/oppdateringer/enheter?oppdateringsid=9999999&page=0&size=20"))
                .andRespond(withSuccess(json("oppdateringer-tom.json"), MediaType.APPLICATION_JSON));

        var page = client.oppdateringer(9999999, 20);

        assertThat(page.oppdateringer()).isEmpty();
        assertThat(page.nesteOppdateringsid()).isEmpty();
    }

    static String json(String name) {
        try {
            return new ClassPathResource("enhetsregisteret/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
