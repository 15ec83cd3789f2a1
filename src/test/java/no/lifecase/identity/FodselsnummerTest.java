package no.lifecase.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import no.lifecase.identity.Fodselsnummer.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FodselsnummerTest {

    @Test
    void parsesAClassicNumberWithItsBirthDate() {
        Fodselsnummer fnr = Fodselsnummer.parse("20036914700");

        assertThat(fnr.kind()).isEqualTo(Kind.FODSELSNUMMER);
        assertThat(fnr.isSynthetic()).isFalse();
        assertThat(fnr.isDNumber()).isFalse();
        assertThat(fnr.birthDate()).contains(LocalDate.of(1969, 3, 20));
        assertThat(fnr.value()).isEqualTo("20036914700");
    }

    @Test
    void readsTheCenturyFromTheIndividualNumber() {
        // 29.02.00 is a date in 2000 but not in 1900; individual number 731 with yy <= 39 means 2000-2039.
        assertThat(Fodselsnummer.parse("29020073150").birthDate()).contains(LocalDate.of(2000, 2, 29));
        assertThat(Fodselsnummer.parse("03851598730").birthDate()).contains(LocalDate.of(2015, 5, 3));
    }

    @Test
    void parsesATenorSyntheticNumber() {
        Fodselsnummer fnr = Fodselsnummer.parse("03851598730");

        assertThat(fnr.kind()).isEqualTo(Kind.FODSELSNUMMER);
        assertThat(fnr.isSynthetic()).isTrue();
    }

    @Test
    void parsesATenorSyntheticDNumber() {
        Fodselsnummer fnr = Fodselsnummer.parse("41819077302");

        assertThat(fnr.kind()).isEqualTo(Kind.D_NUMBER);
        assertThat(fnr.isDNumber()).isTrue();
        assertThat(fnr.isSynthetic()).isTrue();
        // Individual number 773 with yy 90 belongs to no century in the 1964 scheme.
        assertThat(fnr.birthDate()).isEmpty();
    }

    @Test
    void treatsMonthPlus40AsHNumberOrNavSynthetic() {
        Fodselsnummer fnr = Fodselsnummer.parse("01450012560");

        assertThat(fnr.kind()).isEqualTo(Kind.H_NUMBER_OR_NAV_SYNTHETIC);
        assertThat(fnr.isSynthetic()).isFalse();
        assertThat(fnr.birthDate()).contains(LocalDate.of(1900, 5, 1));
    }

    @Test
    void parsesAnFhNumberWithoutADate() {
        // Day field 85 is not a date; FH-numbers carry none.
        Fodselsnummer fnr = Fodselsnummer.parse("85123456772");

        assertThat(fnr.kind()).isEqualTo(Kind.FH_NUMBER);
        assertThat(fnr.birthDate()).isEmpty();
        assertThat(fnr.isSynthetic()).isFalse();
    }

    @Test
    void acceptsAFirstCheckDigitThatIsValidOnlyUnderThe2032Rule() {
        // Weighted sum of 301082999 for k1 is 3*3+0*7+1*6+0*1+8*8+2*9+9*4+9*5+9*2 = 196; with k1 = 3 that is
        // 199, remainder 1: invalid under the 1964 rule (remainder 0), valid under the 2032 rule (0-3).
        assertThat((3 * 3 + 0 * 7 + 1 * 6 + 0 * 1 + 8 * 8 + 2 * 9 + 9 * 4 + 9 * 5 + 9 * 2 + 3) % 11).isEqualTo(1);
        Fodselsnummer fnr = Fodselsnummer.parse("30108299939");

        // The 1964 rule would need k1 = 2 for the same nine digits.
        assertThat(Fodselsnummer.generate(LocalDate.of(1982, 10, 30), 999, false, false))
                .map(Fodselsnummer::value).contains("30108299920");
        assertThat(fnr.kind()).isEqualTo(Kind.FODSELSNUMMER);
        // 2032-rule numbers do not encode the century.
        assertThat(fnr.birthDate()).isEmpty();
    }

    @Test
    void acceptsRemaindersUpTo3AndRejects4() {
        // Same nine digits, k1 remainders 2, 3 and 4, each with a correct k2.
        assertThat(Fodselsnummer.isValid("30108299947")).isTrue();
        assertThat(Fodselsnummer.isValid("30108299955")).isTrue();
        assertThat(Fodselsnummer.isValid("30108299963")).isFalse();
    }

    @Test
    void acceptsA2032DNumber() {
        Fodselsnummer fnr = Fodselsnummer.parse("55102499947");

        assertThat(fnr.kind()).isEqualTo(Kind.D_NUMBER);
        assertThat(fnr.birthDate()).isEmpty();
    }

    @Test
    void toleratesSurroundingWhitespace() {
        assertThat(Fodselsnummer.parse(" 20036914700\n").value()).isEqualTo("20036914700");
    }

    @Test
    void reportsAMissingValue() {
        assertThatThrownBy(() -> Fodselsnummer.parse(null, "subject"))
                .isInstanceOf(InvalidIdentityNumber.class).hasMessage("subject is required");
        assertThatThrownBy(() -> Fodselsnummer.parse("  ", "subject")).hasMessage("subject is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2003691470", "200369147000", "2003691470a", "20036-14700", "２００３６９１４７００"})
    void reportsWrongLengthOrNonDigits(String value) {
        assertThatThrownBy(() -> Fodselsnummer.parse(value, "subject"))
                .isInstanceOf(InvalidIdentityNumber.class).hasMessage("subject must be 11 digits");
    }

    @Test
    void reportsBadCheckDigits() {
        assertThatThrownBy(() -> Fodselsnummer.parse("20036914712", "subject"))
                .isInstanceOf(InvalidIdentityNumber.class).hasMessage("subject has invalid check digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "29020105729", // 29.02.1901, not a leap year
            "01130012384", // month 13
            "01200012352", // third digit 2 is no known month offset
            "00010012317"}) // day 0
    void reportsImpossibleDates(String value) {
        // All of these have valid check digits, so only the date is wrong.
        assertThatThrownBy(() -> Fodselsnummer.parse(value, "subject"))
                .isInstanceOf(InvalidIdentityNumber.class).hasMessage("subject does not contain a valid date");
    }

    @Test
    void usesADefaultFieldName() {
        InvalidIdentityNumber e = catchThrowableOfType(InvalidIdentityNumber.class,
                () -> Fodselsnummer.parse("123"));

        assertThat(e.field()).isEqualTo("identityNumber");
        assertThat(e).hasMessage("identityNumber must be 11 digits");
    }

    @Test
    void neverShowsTheWholeNumberWhenPrinted() {
        Fodselsnummer fnr = Fodselsnummer.parse("20036914700");

        assertThat(fnr.masked()).isEqualTo("200369*****");
        assertThat(fnr.toString()).isEqualTo("200369*****").doesNotContain("20036914700");
        assertThat("subject " + fnr).doesNotContain("14700");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20036914712", "29020105729", "2003691470", "200369147001", "2003691470x"})
    void neverEchoesTheNumberInExceptionMessages(String value) {
        InvalidIdentityNumber e = catchThrowableOfType(InvalidIdentityNumber.class,
                () -> Fodselsnummer.parse(value, "subject"));

        assertThat(e.getMessage()).doesNotContain(value).doesNotContain(value.substring(0, 6));
    }

    @Test
    void comparesByValue() {
        assertThat(Fodselsnummer.parse("20036914700"))
                .isEqualTo(Fodselsnummer.parse(" 20036914700"))
                .hasSameHashCodeAs(Fodselsnummer.parse("20036914700"))
                .isNotEqualTo(Fodselsnummer.parse("29020073150"));
    }
}
