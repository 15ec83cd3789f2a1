package no.lifecase.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import no.lifecase.identity.Fodselsnummer.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FodselsnummerGenerationTest {

    private static final LocalDate FIRST = LocalDate.of(1854, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2039, 12, 31);

    @Test
    void generatedNumbersParseBackWithTheSameKindFlagAndBirthDate() {
        for (Generated g : randomPopulation(2_000)) {
            Fodselsnummer parsed = Fodselsnummer.parse(g.number().value());

            assertThat(parsed.kind()).as(g.toString()).isEqualTo(g.dNumber() ? Kind.D_NUMBER : Kind.FODSELSNUMMER);
            assertThat(parsed.isSynthetic()).as(g.toString()).isEqualTo(g.tenorSynthetic());
            assertThat(parsed.birthDate()).as(g.toString()).contains(g.birthDate());
            assertThat(parsed).isEqualTo(g.number());
        }
    }

    @Test
    void changingAnySingleDigitMakesTheNumberInvalid() {
        // Every digit has a non-zero weight in the k2 sum, so one changed digit always breaks it.
        for (Generated g : randomPopulation(300)) {
            String value = g.number().value();
            for (int position = 0; position < value.length(); position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit == value.charAt(position)) {
                        continue;
                    }
                    String changed = value.substring(0, position) + digit + value.substring(position + 1);
                    assertThat(Fodselsnummer.isValid(changed)).as("%s with digit %d changed", g, position).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "1854-01-01, 500, 1", "1899-12-31, 749, -1",
            "1900-01-01, 000, 1", "1939-12-31, 499, -1",
            "1940-01-01, 000, 1", "1940-01-01, 900, 1", "1999-12-31, 999, -1",
            "2000-01-01, 500, 1", "2039-12-31, 999, -1"})
    void usesTheIndividualNumberRangeOfTheCentury(LocalDate birthDate, int rangeEdge, int step) {
        // Walk inwards from the range's edge until the check digits work out.
        Fodselsnummer fnr = null;
        for (int i = rangeEdge; fnr == null; i += step) {
            fnr = Fodselsnummer.generate(birthDate, i, false, false).orElse(null);
        }
        assertThat(fnr.birthDate()).contains(birthDate);
    }

    @ParameterizedTest
    @CsvSource({"1880-06-01, 400", "1880-06-01, 900", "1950-06-01, 800", "2010-06-01, 100", "1960-06-01, 1000",
            "1960-06-01, -1"})
    void rejectsAnIndividualNumberOutsideTheBirthYearsRange(LocalDate birthDate, int individualNumber) {
        assertThatThrownBy(() -> Fodselsnummer.generate(birthDate, individualNumber, false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBirthYearsTheNumberCannotExpress() {
        assertThatThrownBy(() -> Fodselsnummer.generate(LocalDate.of(1853, 12, 31), false, false, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fodselsnummer.generate(LocalDate.of(2040, 1, 1), false, false, new Random(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returnsEmptyWhenACheckDigitWouldBe10() {
        // 010190012: the k1 weighted sum leaves remainder 1, so k1 would have to be 10.
        assertThat(Fodselsnummer.generate(LocalDate.of(1990, 1, 1), 12, false, false)).isEmpty();
        assertThat(Fodselsnummer.generate(LocalDate.of(1990, 1, 1), 13, false, false)).isPresent();
    }

    private record Generated(Fodselsnummer number, LocalDate birthDate, boolean dNumber, boolean tenorSynthetic) {
    }

    /** Seeded, so a failure can be reproduced. Cycles through the four variants: normal, D, Tenor, D + Tenor. */
    private static List<Generated> randomPopulation(int size) {
        Random random = new Random(20_32L);
        long days = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
        List<Generated> population = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            LocalDate birthDate = FIRST.plusDays(random.nextLong(days));
            boolean dNumber = (i & 1) == 1;
            boolean tenorSynthetic = (i & 2) == 2;
            Fodselsnummer fnr = Fodselsnummer.generate(birthDate, dNumber, tenorSynthetic, random);
            population.add(new Generated(fnr, birthDate, dNumber, tenorSynthetic));
        }
        return population;
    }
}
