package no.lifecase.portal;

import java.math.BigDecimal;
import java.util.Locale;
import no.lifecase.language.Kroner;
import no.lifecase.language.Language;
import org.springframework.stereotype.Component;

/** Amounts in kroner in the page's language: {@code ${@portalAmounts.nok(amount, #locale)}} in a template. */
@Component
public class PortalAmounts {

    public String nok(BigDecimal amount, Locale locale) {
        return amount == null ? "" : Kroner.written(amount, Language.of(locale));
    }
}
