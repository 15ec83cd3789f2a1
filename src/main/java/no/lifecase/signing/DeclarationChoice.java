package no.lifecase.signing;

import java.util.Arrays;

/** What the heirs declare to the district court about the estate, and the courts' code for it. */
public enum DeclarationChoice {
    PRIVATE_SETTLEMENT("private-settlement", "PRIVAT_SKIFTE"),
    UNDIVIDED_ESTATE("undivided-estate", "USKIFTE"),
    PUBLIC_SETTLEMENT("public-settlement", "OFFENTLIG_SKIFTE");

    private final String id;
    private final String skifteform;

    DeclarationChoice(String id, String skifteform) {
        this.id = id;
        this.skifteform = skifteform;
    }

    public static DeclarationChoice of(Object variable) {
        return Arrays.stream(values()).filter(choice -> choice.id.equals(variable)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("declarationChoice must be private-settlement, undivided-estate or "
                        + "public-settlement, not " + variable));
    }

    public String id() {
        return id;
    }

    public String skifteform() {
        return skifteform;
    }
}
