package no.lifecase.register.folkeregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.lifecase.casefile.CasePeople;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritanceModule;
import no.lifecase.register.RegisterUnavailable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonLookupTest {

    private static final CaseReference CASE = CaseReference.of("LE-2026-000042");
    private static final Fodselsnummer PERSON = Fodselsnummer.parse("15839049843");

    private final FolkeregisteretClient client = mock(FolkeregisteretClient.class);
    private final DataAccessLog accessLog = mock(DataAccessLog.class);
    private final CasePurpose purpose = mock(CasePurpose.class);
    private final CasePeople people = mock(CasePeople.class);
    private final PersonLookup lookup = new PersonLookup(client, accessLog, purpose, people);

    @BeforeEach
    void purpose() {
        when(purpose.of(CASE)).thenReturn(DeathAndInheritanceModule.LIFE_EVENT.accessPurpose());
    }

    @Test
    void reads_person_basis_only_and_logs_the_fields_used_with_the_cases_purpose() throws Exception {
        when(client.person(PERSON, Set.of(Part.PERSON_BASIS))).thenReturn(Optional.of(person("""
                {"status":[{"status":"doed"}],"doedsfall":{"doedsdato":"2026-05-01"},
                 "bostedsadresse":[{"adressegradering":"ugradert","vegadresse":{"adressenavn":"Storgata","kommunenummer":"4601"}}]}""")));

        var facts = lookup.of(PERSON, CASE);

        assertThat(facts).isEqualTo(new PersonFacts(true, false, false, "4601", true, false, LocalDate.of(2026, 5, 1)));
        verify(accessLog).record(CASE, "folkeregisteret", DeathAndInheritanceModule.LIFE_EVENT.accessPurpose(), PERSON.value(),
                List.of("identifikasjonsnummer", "navn", "status", "doedsfall", "adressebeskyttelse", "bostedsadresse.vegadresse.kommunenummer"));
    }

    @Test
    void a_protected_address_is_neither_returned_nor_logged_as_used() throws Exception {
        when(client.person(any(), any())).thenReturn(Optional.of(person("""
                {"status":[{"status":"bosatt"}],"adressebeskyttelse":[{"graderingsnivaa":"fortrolig"}],
                 "bostedsadresse":[{"adressegradering":"fortrolig","vegadresse":{"adressenavn":"Storgata","kommunenummer":"4601"}}]}""")));

        var facts = lookup.of(PERSON, CASE);

        assertThat(facts.addressProtected()).isTrue();
        assertThat(facts.municipality()).isEmpty();
        verify(accessLog).record(CASE, "folkeregisteret", DeathAndInheritanceModule.LIFE_EVENT.accessPurpose(), PERSON.value(),
                List.of("identifikasjonsnummer", "navn", "status", "doedsfall", "adressebeskyttelse"));
    }

    @Test
    void the_name_in_force_is_kept_with_the_case_for_its_caseworkers_to_find_it_by() throws Exception {
        when(client.person(any(), any())).thenReturn(Optional.of(person("""
                {"status":[{"status":"bosatt"}],
                 "navn":[{"erGjeldende":false,"fornavn":"Kari","etternavn":"Hansen"},
                         {"erGjeldende":true,"fornavn":"Kari","mellomnavn":"Nordmann","etternavn":"Berg"}]}""")));

        lookup.of(PERSON, CASE);

        verify(people).remember(CASE, PERSON, "Kari Nordmann Berg");
    }

    @Test
    void an_unknown_person_is_not_found_and_nothing_is_logged() {
        when(client.person(any(), any())).thenReturn(Optional.empty());

        assertThatThrownBy(() -> lookup.of(PERSON, CASE)).isInstanceOf(PersonNotFound.class)
                .hasMessageContaining("158390*****").hasMessageNotContaining(PERSON.value());
        verify(accessLog, never()).record(any(), anyString(), any(), anyString(), anyList());
        verify(people, never()).remember(any(), any(), anyString());
    }

    @Test
    void an_unavailable_register_is_passed_on_for_the_engine_to_retry() {
        when(client.person(any(), any())).thenThrow(new RegisterUnavailable("folkeregisteret", "HTTP 503", null, null));

        assertThatThrownBy(() -> lookup.of(PERSON, CASE)).isInstanceOf(RegisterUnavailable.class).hasMessageContaining("folkeregisteret");
        verify(accessLog, never()).record(any(), eq("folkeregisteret"), any(), anyString(), anyList());
    }

    static Folkeregisterperson person(String json) throws Exception {
        return JsonMapper.builder().addModule(new JavaTimeModule()).build().readValue(json, Folkeregisterperson.class);
    }
}
