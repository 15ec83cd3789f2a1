package no.lifecase.portal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * An agency as the citizen knows it, in the page's language: {@code ${@agencyNames.of(id, #locale)}} gives
 * "Bergen kommune" for {@code kommune-4601}. The portal never shows an agency's id; one the catalogue does not know
 * reads as "a public body".
 */
@Component("agencyNames")
public class AgencyNames {

    private final AgencyCatalogue agencies;
    private final MessageSource messages;

    AgencyNames(AgencyCatalogue agencies, MessageSource messages) {
        this.agencies = agencies;
        this.messages = messages;
    }

    public String of(@Nullable String agencyId, Locale locale) {
        return agencies.find(agencyId)
                .map(agency -> agency.name(Language.of(locale)))
                .orElseGet(() -> messages.getMessage("agency.unknown", null, locale));
    }

    /**
     * The names of one agency or several (ids joined by commas, as a task offered to two agencies has them) as a sentence
     * in the timeline or plan says them: the short name reads naturally in bokmål and nynorsk ("Nav har fått beskjed"),
     * English readers get the English name. Empty for none.
     */
    String inSentence(@Nullable String agencyIds, Language language) {
        if (agencyIds == null || agencyIds.isBlank()) {
            return "";
        }
        return Arrays.stream(agencyIds.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .map(id -> agencies.find(id).map(agency -> language == Language.EN ? agency.nameEnglish() : agency.shortName())
                        .orElseGet(() -> of(id, language.locale())))
                .distinct()
                .collect(Collectors.joining(", "));
    }
}
