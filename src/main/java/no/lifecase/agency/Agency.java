package no.lifecase.agency;

import java.util.regex.Pattern;

/**
 * A public body that works tasks on life-event cases. Its id is the candidate group of its user tasks and
 * the Camunda group of its caseworkers ({@code nav}, {@code kommune-0301}, {@code tingrett-TOSL}); its
 * supervisors are the group {@code <id>-supervisors}.
 *
 * @param id            lower-case letters, digits and dashes, except the court code, which keeps its capitals
 * @param nameNorwegian the official Norwegian (bokmål) name
 * @param nameEnglish   the English name the citizen's timeline uses
 * @param shortName     how caseworkers and citizens usually say it ("Nav", "Oslo kommune")
 */
public record Agency(String id, String nameNorwegian, String nameEnglish, String shortName, AgencyKind kind) {

    /** Camunda's resource-id whitelist must allow these (see application.yml). */
    static final Pattern ID = Pattern.compile("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");

    public static final String SUPERVISORS_SUFFIX = "-supervisors";

    public Agency {
        if (id == null || !ID.matcher(id).matches() || id.endsWith(SUPERVISORS_SUFFIX)) {
            throw new IllegalArgumentException("Not a valid agency id: " + id);
        }
        if (isBlank(nameNorwegian) || isBlank(nameEnglish) || isBlank(shortName) || kind == null) {
            throw new IllegalArgumentException("Agency " + id + " needs both names, a short name and a kind");
        }
    }

    /** The Camunda group of the agency's supervisors, who see its audit trail and receive its escalations. */
    public String supervisorsGroupId() {
        return id + SUPERVISORS_SUFFIX;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
