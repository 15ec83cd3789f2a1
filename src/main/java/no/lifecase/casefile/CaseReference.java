package no.lifecase.casefile;

import java.util.regex.Pattern;

/** The reference a case is known by everywhere: in letters, in the portal and as the process business key. */
public record CaseReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("LE-\\d{4}-\\d{6,}");

    public CaseReference {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A case reference looks like LE-2026-000123");
        }
    }

    public static CaseReference of(String value) {
        return new CaseReference(value);
    }

    public static CaseReference of(int year, long number) {
        return new CaseReference("LE-%04d-%06d".formatted(year, number));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
