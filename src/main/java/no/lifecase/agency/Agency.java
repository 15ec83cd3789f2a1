package no.lifecase.agency;

import java.util.regex.Pattern;
import no.lifecase.language.Language;
import no.lifecase.language.Text;

/**
 * A public body that works tasks on life-event cases. Its id is the candidate group of its user tasks and
 * the Camunda group of its caseworkers ({@code nav}, {@code kommune-0301}, {@code tingrett-TOSL}); its
 * supervisors are the group {@code <id>-supervisors}.
 *
 * @param id            lower-case letters, digits and dashes, except the court code, which keeps its capitals
 * @param name      the official name in bokmål and nynorsk (the same where the body has one name), and in English:
 *                  what the citizen reads, never the id
 * @param shortName how caseworkers and citizens usually say it ("Nav", "Oslo kommune")
 */
public record Agency(String id, Text name, String shortName, AgencyKind kind) {

    /** Camunda's resource-id whitelist must allow these (see application.yml). */
    static final Pattern ID = Pattern.compile("[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*");

    public static final String SUPERVISORS_SUFFIX = "-supervisors";

    public Agency {
        if (id == null || !ID.matcher(id).matches() || id.endsWith(SUPERVISORS_SUFFIX)) {
            throw new IllegalArgumentException("Not a valid agency id: " + id);
        }
        if (name == null || isBlank(name.nb()) || isBlank(name.nn()) || isBlank(name.en()) || isBlank(shortName) || kind == null) {
            throw new IllegalArgumentException("Agency " + id + " needs its name in bokmål, nynorsk and English, a short name and a kind");
        }
    }

    public Agency(String id, String nameBokmal, String nameNynorsk, String nameEnglish, String shortName, AgencyKind kind) {
        this(id, new Text(nameBokmal, nameNynorsk, nameEnglish), shortName, kind);
    }

    public String name(Language language) {
        return name.in(language);
    }

    /** The official bokmål name, which the Camunda group of the agency carries. */
    public String nameNorwegian() {
        return name.nb();
    }

    public String nameEnglish() {
        return name.en();
    }

    /** The Camunda group of the agency's supervisors, who see its audit trail and receive its escalations. */
    public String supervisorsGroupId() {
        return id + SUPERVISORS_SUFFIX;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
