package no.lifecase.referencedata;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of reference data that change by date (docs/adr/0058-dated-reference-data.md), each with the shape its
 * key and value must have. A value that also needs another room's knowledge (a court must be in the agency catalogue)
 * is checked by a {@link ReferenceValueCheck} of that room.
 */
public enum ReferenceKind {

    /** Grunnbeløpet: key {@code G}, value NOK as a positive whole number. */
    GRUNNBELOP("basic-amount", "G") {
        @Override
        Optional<String> problem(String key, String value) {
            if (!GRUNNBELOP_KEY.equals(key)) {
                return Optional.of("The key of the grunnbeløp is \"G\".");
            }
            if (!POSITIVE_WHOLE_NUMBER.matcher(value).matches()) {
                return Optional.of("G is a positive whole number of kroner, such as 130160.");
            }
            return Optional.empty();
        }
    },
    /** The district court of a municipality: key the kommunenummer, value the court's agency id ({@code tingrett-TOSL}). */
    COURT_DISTRICT("court-districts", null) {
        @Override
        Optional<String> problem(String key, String value) {
            if (!FOUR_DIGITS.matcher(key).matches()) {
                return Optional.of("The key is a kommunenummer of four digits, such as 0301.");
            }
            if (!COURT.matcher(value).matches()) {
                return Optional.of("The value is a district court's agency id, such as tingrett-TOSL.");
            }
            return Optional.empty();
        }
    },
    /** A kommunenummer replaced from a date by a merger, a split or a new county: key the old number, value the new. */
    MUNICIPALITY_NUMBER("municipality-numbers", null) {
        @Override
        Optional<String> problem(String key, String value) {
            if (!FOUR_DIGITS.matcher(key).matches() || !FOUR_DIGITS.matcher(value).matches()) {
                return Optional.of("Both the old and the new kommunenummer have four digits, such as 3804 and 3907.");
            }
            if (key.equals(value)) {
                return Optional.of("A kommunenummer cannot be replaced by itself.");
            }
            return Optional.empty();
        }
    };

    static final String GRUNNBELOP_KEY = "G";
    private static final Pattern POSITIVE_WHOLE_NUMBER = Pattern.compile("[1-9][0-9]{0,8}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("[0-9]{4}");
    private static final Pattern COURT = Pattern.compile("tingrett-T[A-Z]{3}");

    private final String id;
    private final String onlyKey;

    ReferenceKind(String id, String onlyKey) {
        this.id = id;
        this.onlyKey = onlyKey;
    }

    /** The kind as the API and the table name it. */
    public String id() {
        return id;
    }

    /** The key when the kind has one value only (G); empty when every entry names its key. */
    public Optional<String> onlyKey() {
        return Optional.ofNullable(onlyKey);
    }

    /** Why the key or value does not fit this kind; empty when both do. */
    abstract Optional<String> problem(String key, String value);

    public static Optional<ReferenceKind> byId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
