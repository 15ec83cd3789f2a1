package no.lifecase.register.udi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidenceBasisLookupTest {

    private static final CaseReference CASE = CaseReference.of("LE-2026-000077");
    private static final Fodselsnummer PERSON = Fodselsnummer.parse("15839049843");

    private final UdiClient udi = mock(UdiClient.class);
    private final DataAccessLog accessLog = mock(DataAccessLog.class);
    private final ResidenceBasisLookup lookup = new ResidenceBasisLookup(udi, accessLog);

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {
            "beskyttelse, refugee",
            "familieinnvandring, family-reunification",
            "arbeid, work",
            "studier, study",
            "eoesRegistrering, eu-eea",
            "arbeidssoeker, unknown",
            "none, unknown"})
    void tells_the_model_udis_basis_in_its_own_words_and_logs_the_read(String udiBasis, String expected) {
        when(udi.residenceBasis(PERSON)).thenReturn(Optional.of(new Oppholdsgrunnlag(PERSON.value(), udiBasis, null)));

        assertThat(lookup.of(PERSON, CASE)).isEqualTo(expected);
        verify(accessLog).record(CASE, "udi", AccessPurpose.RESIDENCE_BASIS, PERSON.value(), List.of("oppholdsgrunnlag"));
    }

    @Test
    void a_person_udi_never_decided_on_has_an_unknown_basis() {
        when(udi.residenceBasis(PERSON)).thenReturn(Optional.empty());

        assertThat(lookup.of(PERSON, CASE)).isEqualTo(ResidenceBasisLookup.UNKNOWN);
    }
}
