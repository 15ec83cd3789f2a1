package no.lifecase.identity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * The 11-digit Norwegian person identifier (fødselsnummer and its variants), validated on creation.
 *
 * <p>{@link #toString()} returns the {@linkplain #masked() masked} form so that the number cannot reach a log line by
 * accident; call {@link #value()} only where the full number must be sent to a register.
 *
 * <p>Algorithm: Skatteetaten, folkeregisteret-api-dokumentasjon ("Nytt fødselsnummer fra 2032" and
 * foedselsEllerDNummerValidator).
 */
public final class Fodselsnummer {

    /** What the first and third digits say about the number. */
    public enum Kind {
        /** Ordinary fødselsnummer, including Skatteetaten's synthetic ones (month + 80). */
        FODSELSNUMMER,
        /** D-number: day + 40. Also when combined with month + 80 (Tenor) or month + 40 (NAV synthetic). */
        D_NUMBER,
        /**
         * Month + 40. Health H-numbers and NAV's synthetic test numbers (Dolly) both use this offset, so the number
         * alone cannot tell them apart. One kind that says so is more honest than a guess; if the difference matters,
         * ask the system that issued the number.
         */
        H_NUMBER_OR_NAV_SYNTHETIC,
        /** FH-number: first digit 8 or 9. It carries no birth date. */
        FH_NUMBER
    }

    private static final int LENGTH = 11;
    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    /** The century rules in the individual number cover exactly these birth years. */
    private static final int FIRST_YEAR = 1854;
    private static final int LAST_YEAR = 2039;

    private final String value;
    private final Kind kind;
    private final boolean synthetic;
    private final LocalDate birthDate;

    private Fodselsnummer(String value, Kind kind, boolean synthetic, LocalDate birthDate) {
        this.value = value;
        this.kind = kind;
        this.synthetic = synthetic;
        this.birthDate = birthDate;
    }

    public static Fodselsnummer parse(String value) {
        return parse(value, InvalidIdentityNumber.DEFAULT_FIELD);
    }

    /**
     * @param field the input field the value came from; it names the field in the exception message
     * @throws InvalidIdentityNumber if the value is missing, not 11 digits, has wrong check digits or no valid date
     */
    public static Fodselsnummer parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentityNumber(field, "is required");
        }
        String number = value.strip();
        if (number.length() != LENGTH || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidIdentityNumber(field, "must be 11 digits");
        }
        int[] d = number.chars().map(c -> c - '0').toArray();

        // k2 must always leave remainder 0. k1 may leave 0 (1964 rule) or 1-3 (2032 rule, new numbers from 2032).
        int k1Remainder = (weightedSum(d, K1_WEIGHTS) + d[9]) % 11;
        int k2Remainder = (weightedSum(d, K2_WEIGHTS) + d[10]) % 11;
        if (k1Remainder > 3 || k2Remainder != 0) {
            throw new InvalidIdentityNumber(field, "has invalid check digits");
        }

        if (d[0] >= 8) {
            return new Fodselsnummer(number, Kind.FH_NUMBER, false, null);
        }
        boolean dNumber = d[0] >= 4;
        int day = twoDigits(d, 0) - (dNumber ? 40 : 0);
        int monthField = twoDigits(d, 2);
        boolean synthetic = monthField > 80;
        boolean plus40 = !synthetic && monthField > 40;
        int month = monthField - (synthetic ? 80 : plus40 ? 40 : 0);
        int yy = twoDigits(d, 4);
        int individualNumber = twoDigits(d, 6) * 10 + d[8];

        // Numbers under the 2032 rule no longer encode the century, so only the 1964 rule gives a birth date.
        OptionalInt year = k1Remainder == 0 ? birthYear(individualNumber, yy) : OptionalInt.empty();
        // Without a known century, accept the date if some century has it. 2000+yy is a leap year whenever
        // 1800+yy or 1900+yy is, so it is the most permissive choice.
        if (!isDate(year.orElse(2000 + yy), month, day)) {
            throw new InvalidIdentityNumber(field, "does not contain a valid date");
        }
        LocalDate birthDate = year.isPresent() ? LocalDate.of(year.getAsInt(), month, day) : null;
        Kind kind = dNumber ? Kind.D_NUMBER : plus40 ? Kind.H_NUMBER_OR_NAV_SYNTHETIC : Kind.FODSELSNUMMER;
        return new Fodselsnummer(number, kind, synthetic, birthDate);
    }

    public static boolean isValid(String value) {
        try {
            parse(value);
            return true;
        } catch (InvalidIdentityNumber e) {
            return false;
        }
    }

    /**
     * Builds a valid number with the 1964 check-digit rule, for simulators that need a synthetic population.
     *
     * @param individualNumber 0-999; must belong to the birth year's century (e.g. 500-749 for 1854-1899)
     * @param dNumber          add 40 to the day
     * @param tenorSynthetic   add 80 to the month, as Skatteetaten's synthetic population does
     * @return empty when a check digit would be 10: no valid number exists for these nine digits
     * @throws IllegalArgumentException if the individual number does not fit the birth year
     */
    public static Optional<Fodselsnummer> generate(LocalDate birthDate, int individualNumber, boolean dNumber,
            boolean tenorSynthetic) {
        int year = birthDate.getYear();
        if (individualNumber < 0 || individualNumber > 999
                || birthYear(individualNumber, year % 100).orElse(-1) != year) {
            throw new IllegalArgumentException(
                    "individual number " + individualNumber + " is not used for people born in " + year);
        }
        int day = birthDate.getDayOfMonth() + (dNumber ? 40 : 0);
        int month = birthDate.getMonthValue() + (tenorSynthetic ? 80 : 0);
        String nineDigits = "%02d%02d%02d%03d".formatted(day, month, year % 100, individualNumber);

        int[] d = new int[LENGTH];
        for (int i = 0; i < 9; i++) {
            d[i] = nineDigits.charAt(i) - '0';
        }
        d[9] = checkDigit(d, K1_WEIGHTS);
        if (d[9] == 10) {
            return Optional.empty();
        }
        d[10] = checkDigit(d, K2_WEIGHTS);
        if (d[10] == 10) {
            return Optional.empty();
        }
        return Optional.of(parse(nineDigits + d[9] + d[10]));
    }

    /**
     * Builds a valid number for the birth date with a random individual number from the right century's range.
     *
     * @throws IllegalArgumentException if the birth year is outside 1854-2039, which the individual number cannot
     *                                  express
     */
    public static Fodselsnummer generate(LocalDate birthDate, boolean dNumber, boolean tenorSynthetic,
            RandomGenerator random) {
        int year = birthDate.getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("birth year " + year + " is outside " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        // Rejection sampling: at worst a quarter of individual numbers fit the year, and about 5 in 6 of
        // those give valid check digits, so this ends after a handful of tries.
        while (true) {
            int individualNumber = random.nextInt(1000);
            if (birthYear(individualNumber, year % 100).orElse(-1) == year) {
                Optional<Fodselsnummer> generated = generate(birthDate, individualNumber, dNumber, tenorSynthetic);
                if (generated.isPresent()) {
                    return generated.get();
                }
            }
        }
    }

    /** The full number. Use it only to send the number to a register; never log it. */
    public String value() {
        return value;
    }

    public Kind kind() {
        return kind;
    }

    /** True for Skatteetaten's synthetic (Tenor) numbers: month + 80. NAV's month + 40 is not detectable. */
    public boolean isSynthetic() {
        return synthetic;
    }

    public boolean isDNumber() {
        return kind == Kind.D_NUMBER;
    }

    /**
     * The birth date the number carries, if it carries one with a known century: empty for FH-numbers, for
     * 2032-rule numbers and where the individual number fits no century. Even a present value can be wrong for
     * numbers issued from 2032, so case logic must read foedselsdato from the Folkeregister instead.
     */
    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    /** The six date digits and five asterisks, e.g. {@code 030815*****}: enough to tell people apart in a log. */
    public String masked() {
        return value.substring(0, 6) + "*****";
    }

    /** The masked form, so that string concatenation and logging never reveal the whole number. */
    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fodselsnummer that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Century from the individual number and the two-digit year; only valid for numbers issued before 2032. */
    private static OptionalInt birthYear(int individualNumber, int yy) {
        if (individualNumber <= 499) {
            return OptionalInt.of(1900 + yy);
        }
        if (yy <= 39) {
            return OptionalInt.of(2000 + yy);
        }
        if (individualNumber <= 749 && yy >= 54) {
            return OptionalInt.of(1800 + yy);
        }
        if (individualNumber >= 900) {
            return OptionalInt.of(1900 + yy);
        }
        return OptionalInt.empty();
    }

    private static boolean isDate(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    private static int twoDigits(int[] d, int from) {
        return d[from] * 10 + d[from + 1];
    }

    private static int weightedSum(int[] digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digits[i] * weights[i];
        }
        return sum;
    }

    /** The 1964 rule: the digit that makes the weighted sum divisible by 11; 10 means there is none. */
    private static int checkDigit(int[] digits, int[] weights) {
        return (11 - weightedSum(digits, weights) % 11) % 11;
    }
}
