package no.lifecase.register.inntekt;

import java.time.LocalDate;

/**
 * The national insurance basic amount, grunnbeløpet (G), which the income requirement for unemployment benefit is
 * measured in. It is adjusted every 1 May by the Storting's decision; the value here is the one in force from
 * 1 May 2025: NOK 130 160 (nav.no/grunnbelopet; forskrift om grunnbeløp). Change it, with its date, every May.
 */
public final class Grunnbelop {

    /** G from {@link #IN_FORCE_FROM}, in NOK. */
    public static final long VALUE = 130_160;
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2025, 5, 1);

    private Grunnbelop() {
    }
}
