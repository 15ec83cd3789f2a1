package no.lifecase.register.domstol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The courts' skifteform codes and what Lifecase calls them. */
class SkifteformTest {

    @ParameterizedTest
    @CsvSource({
            "IKKE_AVGJORT, UNDECIDED",
            "PRIVAT_SKIFTE, PRIVATE_SETTLEMENT",
            "USKIFTE, UNDIVIDED_ESTATE",
            "OFFENTLIG_SKIFTE, PUBLIC_SETTLEMENT",
            "PRIVAT_SKIFTE_AV_DODSBO_MED_LITEN_VERDI, SMALL_ESTATE",
            "NOE_NYTT, UNKNOWN",
    })
    void each_code_maps_to_one_decision(String code, Skifteform expected) {
        assertThat(Skifteform.of(code)).isEqualTo(expected);
        if (expected != Skifteform.UNKNOWN) {
            assertThat(expected.code()).isEqualTo(code);
        }
    }
}
