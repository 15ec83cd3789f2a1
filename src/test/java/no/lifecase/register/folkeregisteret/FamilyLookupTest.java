package no.lifecase.register.folkeregisteret;

import static no.lifecase.register.folkeregisteret.PersonLookupTest.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritanceModule;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import org.junit.jupiter.api.Test;

class FamilyLookupTest {

    private static final CaseReference CASE = CaseReference.of("LE-2026-000043");
    private static final Fodselsnummer DECEASED = Fodselsnummer.parse("15839049843");
    private static final Fodselsnummer YOUNG_CHILD = Fodselsnummer.parse("10812599718");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);

    private final FolkeregisteretClient client = mock(FolkeregisteretClient.class);
    private final DataAccessLog accessLog = mock(DataAccessLog.class);
    private final CasePurpose purpose = mock(CasePurpose.class);
    private final FamilyLookup lookup = new FamilyLookup(client, accessLog, purpose, CLOCK);

    @Test
    void finds_spouse_and_children_under_20_reading_only_birth_and_status_of_each_child() throws Exception {
        var adultChild = Fodselsnummer.generate(java.time.LocalDate.of(2000, 2, 1), 600, false, true).orElseThrow();
        when(purpose.of(CASE)).thenReturn(DeathAndInheritanceModule.LIFE_EVENT.accessPurpose());
        when(client.person(DECEASED, FamilyLookup.PERSON_PARTS)).thenReturn(Optional.of(person("""
                {"sivilstand":[{"sivilstand":"gift","relatertVedSivilstand":"02918849923"}],
                 "familierelasjon":[{"relatertPerson":"10812599718","relatertPersonsRolle":"barn","minRolleForPerson":"mor"},
                                    {"relatertPerson":"%s","relatertPersonsRolle":"barn","minRolleForPerson":"mor"},
                                    {"relatertPerson":"02918849923","relatertPersonsRolle":"ektefelleEllerPartner","minRolleForPerson":"ektefelleEllerPartner"}]}
                """.formatted(adultChild.value()))));
        when(client.person(YOUNG_CHILD, FamilyLookup.CHILD_PARTS)).thenReturn(Optional.of(person(
                "{\"foedsel\":[{\"foedselsaar\":\"2025\",\"foedselsdato\":\"2025-01-10\"}],\"status\":[{\"status\":\"bosatt\"}]}")));
        when(client.person(adultChild, FamilyLookup.CHILD_PARTS)).thenReturn(Optional.of(person(
                "{\"foedsel\":[{\"foedselsaar\":\"2000\",\"foedselsdato\":\"2000-02-01\"}],\"status\":[{\"status\":\"bosatt\"}]}")));

        var family = lookup.of(DECEASED, CASE);

        assertThat(family.spouseIdentityNumber()).contains("02918849923");
        assertThat(family.children()).hasSize(2);
        assertThat(family.childrenUnder(20)).extracting(Family.Child::identityNumber).containsExactly(YOUNG_CHILD.value());
        assertThat(family.parentsWithResponsibility()).isEmpty();
        verify(accessLog).record(CASE, "folkeregisteret", DeathAndInheritanceModule.LIFE_EVENT.accessPurpose(), DECEASED.value(),
                List.of("sivilstand", "familierelasjon", "foreldreansvar"));
        verify(accessLog).record(CASE, "folkeregisteret", DeathAndInheritanceModule.LIFE_EVENT.accessPurpose(), YOUNG_CHILD.value(),
                List.of("foedsel.foedselsdato", "status"));
    }

    @Test
    void a_newborn_names_the_parents_with_responsibility() throws Exception {
        when(purpose.of(CASE)).thenReturn(HavingAChildModule.LIFE_EVENT.accessPurpose());
        when(client.person(YOUNG_CHILD, FamilyLookup.PERSON_PARTS)).thenReturn(Optional.of(person("""
                {"sivilstand":[{"sivilstand":"ugift"}],
                 "foreldreansvar":[{"ansvar":"felles","ansvarlig":"15839049843"},{"ansvar":"felles","ansvarlig":"02918849923"}]}""")));

        var family = lookup.of(YOUNG_CHILD, CASE);

        assertThat(family.spouseIdentityNumber()).isEmpty();
        assertThat(family.children()).isEmpty();
        assertThat(family.parentsWithResponsibility()).containsExactly("15839049843", "02918849923");
    }
}
