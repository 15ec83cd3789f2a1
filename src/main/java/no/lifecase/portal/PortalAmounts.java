package no.lifecase.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import no.lifecase.language.Language;
import org.springframework.stereotype.Component;

/**
 * Amounts in kroner as each language writes them: "12 345,50 kr" in bokmål and nynorsk, "NOK 12,345.50" in English.
 * In a template: {@code ${@portalAmounts.nok(amount, #locale)}}.
 */
@Component
public class PortalAmounts {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    public String nok(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        var english = Language.of(locale) == Language.EN;
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(english ? Locale.UK : NORWEGIAN));
        var number = format.format(amount.setScale(2, RoundingMode.HALF_EVEN));
        return english ? "NOK " + number : number + " kr";
    }
}
