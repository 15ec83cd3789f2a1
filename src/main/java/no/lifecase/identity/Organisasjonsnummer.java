package no.lifecase.identity;

import java.util.Optional;

/**
 * The 9-digit organisation number from Enhetsregisteret, validated on creation. It identifies an organisation, not
 * a person, so unlike {@link Fodselsnummer} it is safe to log.
 *
 * <p>Algorithm: mod 11 with weights 3,2,7,6,5,4,3,2 (Brønnøysundregistrene; same check as NAV's Mod11).
 */
public final class Organisasjonsnummer {

    private static final int LENGTH = 9;
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    private final String value;

    private Organisasjonsnummer(String value) {
        this.value = value;
    }

    public static Organisasjonsnummer parse(String value) {
        return parse(value, InvalidIdentityNumber.DEFAULT_FIELD);
    }

    /**
     * @param field the input field the value came from; it names the field in the exception message
     * @throws InvalidIdentityNumber if the value is missing, not 9 digits or has a wrong check digit
     */
    public static Organisasjonsnummer parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidIdentityNumber(field, "is required");
        }
        String number = value.strip();
        if (number.length() != LENGTH || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidIdentityNumber(field, "must be 9 digits");
        }
        if (checkDigit(number.substring(0, 8)) != number.charAt(8) - '0') {
            throw new InvalidIdentityNumber(field, "has an invalid check digit");
        }
        return new Organisasjonsnummer(number);
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
     * Appends the check digit, for simulators that need organisations. Synthetic Enhetsregister numbers start
     * with 2 or 3; real ones with 8 or 9.
     *
     * @param firstEightDigits 0-99999999, padded with leading zeros
     * @return empty when the check digit would be 10: no valid number starts with these digits
     */
    public static Optional<Organisasjonsnummer> generate(int firstEightDigits) {
        if (firstEightDigits < 0 || firstEightDigits > 99_999_999) {
            throw new IllegalArgumentException("an organisation number starts with at most 8 digits");
        }
        String prefix = "%08d".formatted(firstEightDigits);
        int checkDigit = checkDigit(prefix);
        return checkDigit == 10 ? Optional.empty() : Optional.of(new Organisasjonsnummer(prefix + checkDigit));
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Organisasjonsnummer that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** 0 when the weighted sum is divisible by 11, otherwise 11 minus the remainder; 10 means no valid digit. */
    private static int checkDigit(String firstEight) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (firstEight.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 11;
    }
}
