package no.lifecase.portal;

import java.util.Arrays;
import java.util.stream.Collectors;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.language.Language;
import org.springframework.stereotype.Component;

/** The agencies a citizen reads of, by name in the reader's language, never by id. */
@Component
class AgencyNames {

    private final AgencyCatalogue catalogue;

    AgencyNames(AgencyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The names of one agency or several (ids joined by commas, as a task offered to two agencies has them); empty for
     * none. An id the catalogue does not know is shown as it is rather than hidden.
     */
    String of(String agencyIds, Language language) {
        if (agencyIds == null || agencyIds.isBlank()) {
            return "";
        }
        return Arrays.stream(agencyIds.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .map(id -> catalogue.find(id).map(agency -> name(agency, language)).orElse(id))
                .distinct()
                .collect(Collectors.joining(", "));
    }

    /**
     * The one place that picks an agency's name for a language: the short Norwegian name reads naturally in a bokmål or
     * nynorsk sentence ("Nav har fått beskjed"); English readers get the English name. When the catalogue has a nynorsk
     * name, nynorsk takes it here.
     */
    private static String name(Agency agency, Language language) {
        return switch (language) {
            case NB, NN -> agency.shortName();
            case EN -> agency.nameEnglish();
        };
    }
}
