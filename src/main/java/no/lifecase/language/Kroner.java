package no.lifecase.language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount in kroner as each language writes it: "12 345,50 kr" in bokmål and nynorsk, "NOK 12,345.50" in English. */
public final class Kroner {

    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private Kroner() {
    }

    public static String written(BigDecimal amount, Language language) {
        var english = language == Language.EN;
        var format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(english ? Locale.UK : NORWEGIAN));
        var number = format.format(amount.setScale(2, RoundingMode.HALF_EVEN));
        return english ? "NOK " + number : number + " kr";
    }
}
