package no.lifecase.caseworker;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.lifecase.agency.Agency;
import no.lifecase.casefile.InvalidField;
import no.lifecase.language.Language;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The written language a caseworker reads (docs/adr/0059): their agency's own, bokmål unless the agency writes nynorsk
 * (a municipality whose official written form is nynorsk, configured in {@code lifecase.staff.nynorsk-agencies}), or
 * the one the caller asks for with {@code ?lang=} or {@code Accept-Language}. Tasklist shows the agency's own.
 */
@Component
class StaffLanguage {

    private final Set<String> nynorskAgencies;

    StaffLanguage(@Value("${lifecase.staff.nynorsk-agencies:}") List<String> nynorskAgencies) {
        this.nynorskAgencies = Set.copyOf(nynorskAgencies.stream().map(String::strip).filter(id -> !id.isEmpty()).toList());
    }

    /** The language the agency writes to its own staff in. */
    Language of(Agency agency) {
        return of(agency.id());
    }

    Language of(String agencyId) {
        return nynorskAgencies.contains(agencyId) ? Language.NN : Language.NB;
    }

    /**
     * @param lang           {@code nb}, {@code nn} or {@code en}; anything else is refused, naming the parameter
     * @param acceptLanguage the request's header; its first language Lifecase speaks wins, others are passed over
     */
    Language of(Agency agency, @Nullable String lang, @Nullable String acceptLanguage) {
        return of(agency.id(), lang, acceptLanguage);
    }

    Language of(@Nullable String agencyId, @Nullable String lang, @Nullable String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return switch (lang.strip().toLowerCase(Locale.ROOT)) {
                case "nb", "no" -> Language.NB;
                case "nn" -> Language.NN;
                case "en" -> Language.EN;
                default -> throw new InvalidField("lang", "lang must be nb, nn or en");
            };
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (var range : Locale.LanguageRange.parse(acceptLanguage)) {
                    var tag = range.getRange().toLowerCase(Locale.ROOT);
                    if (tag.startsWith("nb") || tag.equals("no") || tag.startsWith("no-")) {
                        return Language.NB;
                    }
                    if (tag.startsWith("nn")) {
                        return Language.NN;
                    }
                    if (tag.startsWith("en")) {
                        return Language.EN;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A header no browser sends: the agency's own language, as without one.
            }
        }
        return agencyId == null ? Language.NB : of(agencyId);
    }
}
