package no.lifecase.modeltext;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.language.Language;

/**
 * What a person reads for the elements of one model, in each language: {@code <elementId>} is the step as the plan and
 * task list name it, {@code <elementId>.done} the line in the timeline once it has happened
 * (docs/adr/0050-texts-in-bokmal-nynorsk-and-english.md). A text may name an agency as {@value #AGENCY}, filled in with
 * the agency's name in the reader's language. {@code <elementId>.staff} is what the agency's caseworkers read for their
 * task (docs/adr/0059); it never makes an element visible to citizens.
 */
public final class ModelTexts {

    /** The placeholder for the agency a step is done by or for, where one model serves many agencies. */
    public static final String AGENCY = "{agency}";
    public static final String DONE = ".done";
    public static final String STAFF = ".staff";

    public static final ModelTexts NONE = new ModelTexts(Map.of());

    private final Map<Language, Map<String, String>> byLanguage;

    public ModelTexts(Map<Language, Map<String, String>> byLanguage) {
        var copy = new EnumMap<Language, Map<String, String>>(Language.class);
        byLanguage.forEach((language, texts) -> copy.put(language, Map.copyOf(texts)));
        this.byLanguage = copy;
    }

    /** The text with this key in this language; empty if the model has none (the element is then not shown to citizens). */
    public Optional<String> text(String key, Language language) {
        return Optional.ofNullable(byLanguage.getOrDefault(language, Map.of()).get(key)).filter(text -> !text.isBlank());
    }

    /** What the citizen reads for the element: the plan's and task list's name of the step. */
    public Optional<String> step(String elementId, Language language) {
        return elementId == null ? Optional.empty() : text(elementId, language);
    }

    /** The timeline's line once the element has happened. */
    public Optional<String> done(String elementId, Language language) {
        return elementId == null ? Optional.empty() : text(elementId + DONE, language);
    }

    /** The name the agency's caseworkers read for their task. */
    public Optional<String> staff(String elementId, Language language) {
        return elementId == null ? Optional.empty() : text(elementId + STAFF, language);
    }

    /** Every key in any language. */
    public Set<String> keys() {
        var keys = new TreeSet<String>();
        byLanguage.values().forEach(texts -> keys.addAll(texts.keySet()));
        return keys;
    }

    public Map<String, String> in(Language language) {
        return byLanguage.getOrDefault(language, Map.of());
    }

    /** The element a key belongs to: the key without {@code .done} or {@code .staff}. */
    public static String elementOf(String key) {
        for (var suffix : new String[] {DONE, STAFF}) {
            if (key.endsWith(suffix)) {
                return key.substring(0, key.length() - suffix.length());
            }
        }
        return key;
    }

    /** A text with its agency placeholder filled in. */
    public static String withAgency(String text, String agencyName) {
        return text.replace(AGENCY, agencyName == null ? "" : agencyName).strip();
    }
}
