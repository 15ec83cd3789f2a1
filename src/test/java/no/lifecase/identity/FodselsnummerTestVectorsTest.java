package no.lifecase.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Skatteetaten's published test vectors (foedselsnummer.csv in folkeregisteret-api-dokumentasjon). */
class FodselsnummerTestVectorsTest {

    @ParameterizedTest(name = "{3}: {0}")
    @CsvFileSource(resources = "/identity/skatteetaten-foedselsnummer-testvektorer.csv", numLinesToSkip = 1)
    void agreesWithSkatteetaten(String number, boolean synthetic, boolean valid, String description) {
        assertThat(Fodselsnummer.isValid(number)).as("valid").isEqualTo(valid);
        if (valid) {
            assertThat(Fodselsnummer.parse(number).isSynthetic()).as("synthetic").isEqualTo(synthetic);
        }
    }
}
