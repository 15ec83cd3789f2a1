package no.lifecase.language;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import java.util.Objects;

/**
 * A text a citizen reads, in bokmål, nynorsk and English: a state body offers both Norwegian written forms at the
 * same time (docs/adr/0053-the-portals-languages-names-and-reflow.md).
 */
@Schema(description = "A text in Norwegian bokmål (nb), Norwegian nynorsk (nn) and English (en)")
public record Text(@Schema(example = "Ny i Norge") String nb, @Schema(example = "Ny i Noreg") String nn,
                   @Schema(example = "New in Norway") String en) {

    public Text {
        Objects.requireNonNull(nb, "nb");
        Objects.requireNonNull(nn, "nn");
        Objects.requireNonNull(en, "en");
    }

    public String in(Language language) {
        return switch (language) {
            case NB -> nb;
            case NN -> nn;
            case EN -> en;
        };
    }

    public String in(Locale locale) {
        return in(Language.of(locale));
    }
}
