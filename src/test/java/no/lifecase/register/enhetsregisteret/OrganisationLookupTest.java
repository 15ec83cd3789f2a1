package no.lifecase.register.enhetsregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.lifeevent.startingabusiness.StartingABusinessModule;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisationModule;
import org.junit.jupiter.api.Test;

/** Which organisation a case sees, and which read it logs, from Enhetsregisteret's unit and roles. */
class OrganisationLookupTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private static final CaseReference CASE = CaseReference.of("LE-2026-000042");
    private static final Organisasjonsnummer NUMBER = Organisasjonsnummer.parse("310000019");

    private final EnhetsregisteretClient client = mock(EnhetsregisteretClient.class);
    private final DataAccessLog accessLog = mock(DataAccessLog.class);
    private final CasePurpose purpose = mock(CasePurpose.class);
    private final OrganisationLookup lookup = new OrganisationLookup(client, accessLog, purpose);

    @Test
    void a_company_brings_its_board_employees_and_vat_registration_and_the_reads_are_logged_for_starting_a_business() throws Exception {
        when(client.enhet(NUMBER)).thenReturn(Optional.of(read("enhet-as.json", Enhet.class)));
        when(client.roller(NUMBER)).thenReturn(read("roller-as.json", Roller.class));
        when(purpose.of(CASE)).thenReturn(StartingABusinessModule.LIFE_EVENT.accessPurpose());

        var organisation = lookup.of(NUMBER, CASE).orElseThrow();

        assertThat(organisation.organisationForm()).isEqualTo("AS");
        assertThat(organisation.hasEmployees()).isTrue();
        assertThat(organisation.vatRegistered()).isTrue();
        assertThat(organisation.isVoluntary()).isFalse();
        // The dead member, the one who stepped down and the deputy (VARA) are not on the board.
        assertThat(organisation.boardMembers())
                .containsExactly(Fodselsnummer.parse("13857548595"), Fodselsnummer.parse("13858025456"));
        assertThat(organisation.roles()).contains(RoleType.DAGLIG_LEDER, RoleType.STYRELEDER, RoleType.STYREMEDLEM)
                .doesNotContain(RoleType.INNEHAVER, RoleType.KONTAKTPERSON);
        assertThat(organisation.businessMunicipality()).as("the business address, not the postal one").isEqualTo("0301");
        verify(accessLog).record(CASE, "enhetsregisteret", StartingABusinessModule.LIFE_EVENT.accessPurpose(), "310000019", OrganisationLookup.UNIT_FIELDS);
        verify(accessLog).record(CASE, "enhetsregisteret", StartingABusinessModule.LIFE_EVENT.accessPurpose(), "310000019", OrganisationLookup.ROLE_FIELDS);
    }

    @Test
    void a_voluntary_organisation_is_read_for_starting_a_voluntary_organisation() throws Exception {
        var fli = JSON.readTree(EnhetsregisteretClientTest.json("enhet-as.json"));
        ((ObjectNode) fli.get("organisasjonsform")).put("kode", "FLI");
        when(client.enhet(NUMBER)).thenReturn(Optional.of(JSON.treeToValue(fli, Enhet.class)));
        when(client.roller(NUMBER)).thenReturn(Roller.none());
        when(purpose.of(CASE)).thenReturn(StartingAVoluntaryOrganisationModule.LIFE_EVENT.accessPurpose());

        var organisation = lookup.of(NUMBER, CASE).orElseThrow();

        assertThat(organisation.isVoluntary()).isTrue();
        verify(accessLog, times(2)).record(any(), anyString(), eq(StartingAVoluntaryOrganisationModule.LIFE_EVENT.accessPurpose()), anyString(), anyList());
    }

    @Test
    void a_sole_proprietorship_is_decided_by_its_owner() throws Exception {
        var enk = JSON.readTree(EnhetsregisteretClientTest.json("enhet-as.json"));
        ((ObjectNode) enk.get("organisasjonsform")).put("kode", "ENK");
        var owner = """
                {"rollegrupper":[{"type":{"kode":"INNH"},"roller":[{"type":{"kode":"INNH"},
                 "person":{"fodselsnummer":"19845592473","navn":{"fornavn":"Stille","etternavn":"Skog"},"erDoed":false}}]}]}
                """;
        when(client.enhet(NUMBER)).thenReturn(Optional.of(JSON.treeToValue(enk, Enhet.class)));
        when(client.roller(NUMBER)).thenReturn(JSON.readValue(owner, Roller.class));

        assertThat(lookup.of(NUMBER, CASE).orElseThrow().boardMembers()).containsExactly(Fodselsnummer.parse("19845592473"));
    }

    @Test
    void an_unknown_organisation_is_empty_and_nothing_is_logged() {
        when(client.enhet(NUMBER)).thenReturn(Optional.empty());

        assertThat(lookup.of(NUMBER, CASE)).isEmpty();
        verify(accessLog, never()).record(any(), anyString(), any(), anyString(), anyList());
    }

    private static <T> T read(String name, Class<T> type) throws Exception {
        return JSON.readValue(EnhetsregisteretClientTest.json(name), type);
    }
}
