package no.lifecase.portal;

import java.util.Locale;
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
}
