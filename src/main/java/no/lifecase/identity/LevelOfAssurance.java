package no.lifecase.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * ID-porten's levels of assurance, the {@code acr} of its ID tokens (eIDAS low, substantial, high). The old values
 * {@code Level3} and {@code Level4} were mapped to substantial and high in 2023 and are no longer issued.
 */
public enum LevelOfAssurance {
    /** MinID with a code on paper or SMS only: not enough to see personal data. */
    LOW("idporten-loa-low"),
    /** MinID with app or one-time code, and the other electronic IDs below high. */
    SUBSTANTIAL("idporten-loa-substantial"),
    /** BankID, Buypass, Commfides. */
    HIGH("idporten-loa-high");

    private final String acr;

    LevelOfAssurance(String acr) {
        this.acr = acr;
    }

    /** The level with this {@code acr} value; empty for a missing or unknown value. */
    public static Optional<LevelOfAssurance> fromAcr(String acr) {
        return Arrays.stream(values()).filter(level -> level.acr.equals(acr)).findFirst();
    }

    public String acr() {
        return acr;
    }

    public boolean isAtLeast(LevelOfAssurance required) {
        return compareTo(required) >= 0;
    }
}
