package no.lifecase.language;

import java.util.Locale;

/**
 * The written languages Lifecase speaks to people in. A state service offers bokmål and nynorsk together and answers
 * in the one the citizen uses (docs/adr/0050-texts-in-bokmal-nynorsk-and-english.md); English is offered beside them.
 */
public enum Language {
    NB("nb"),
    NN("nn"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, also the suffix of the texts files beside the models and of the pages' message files. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a locale: nynorsk and English as asked, anything else (bokmål, plain "no") bokmål. */
    public static Language of(Locale locale) {
        if (locale == null) {
            return NB;
        }
        return switch (locale.getLanguage()) {
            case "nn" -> NN;
            case "en" -> EN;
            default -> NB;
        };
    }

    /** The language with this tag; bokmål for any tag Lifecase does not speak. */
    public static Language ofTag(String tag) {
        return tag == null ? NB : of(Locale.forLanguageTag(tag));
    }
}
