package no.lifecase.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisasjonsnummerTest {

    @ParameterizedTest
    @ValueSource(strings = {"974760673", "889640782", "983887457", "991825827", "910753614"})
    void parsesVerifiedNumbers(String value) {
        Organisasjonsnummer orgnr = Organisasjonsnummer.parse(value);

        assertThat(orgnr.value()).isEqualTo(value);
        assertThat(orgnr.toString()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"974760673", "889640782", "983887457", "991825827", "910753614"})
    void rejectsAChangedLastDigit(String value) {
        for (char digit = '0'; digit <= '9'; digit++) {
            if (digit != value.charAt(8)) {
                String changed = value.substring(0, 8) + digit;
                assertThatThrownBy(() -> Organisasjonsnummer.parse(changed, "organisation"))
                        .isInstanceOf(InvalidIdentityNumber.class)
                        .hasMessage("organisation has an invalid check digit");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"97476067", "9747606730", "97476067a", "974 760 673"})
    void rejectsWrongLengthOrNonDigits(String value) {
        assertThatThrownBy(() -> Organisasjonsnummer.parse(value, "organisation"))
                .isInstanceOf(InvalidIdentityNumber.class).hasMessage("organisation must be 9 digits");
    }

    @Test
    void rejectsAMissingValueWithTheDefaultField() {
        assertThatThrownBy(() -> Organisasjonsnummer.parse(null))
                .isInstanceOf(InvalidIdentityNumber.class).hasMessage("identityNumber is required");
        assertThat(Organisasjonsnummer.isValid("")).isFalse();
    }

    @Test
    void generatesTheCheckDigit() {
        assertThat(Organisasjonsnummer.generate(97476067)).map(Organisasjonsnummer::value).contains("974760673");
        // 97476069: the remainder is 1, so the check digit would be 10.
        assertThat(Organisasjonsnummer.generate(97476069)).isEmpty();
        assertThat(Organisasjonsnummer.generate(123)).map(Organisasjonsnummer::value).contains("000001236");
    }

    @Test
    void generatedNumbersParseBack() {
        Random random = new Random(974760673L);
        for (int i = 0; i < 1_000; i++) {
            // Synthetic Enhetsregister numbers start with 2 or 3.
            int firstEight = 20_000_000 + random.nextInt(20_000_000);
            Organisasjonsnummer.generate(firstEight).ifPresent(orgnr ->
                    assertThat(Organisasjonsnummer.parse(orgnr.value())).isEqualTo(orgnr));
        }
    }

    @Test
    void rejectsMoreThanEightLeadingDigits() {
        assertThatThrownBy(() -> Organisasjonsnummer.generate(100_000_000)).isInstanceOf(IllegalArgumentException.class);
    }
}
