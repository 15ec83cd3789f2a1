package no.lifecase.casefile;

import no.lifecase.lifeevent.LifeEvent;

/**
 * Why Lifecase reads a register, and the law that lets it: shown to the citizen beside every read.
 * Folkeregisterloven § 10-2 lets public bodies with a legal basis receive confidential population data;
 * the second reference is the law of the service the read serves.
 */
public enum AccessPurpose {
    HAVING_A_CHILD("To offer child benefit, parental benefit and a home visit for the new child",
            "folkeregisterloven § 10-2; barnetrygdloven § 4; folketrygdloven kapittel 14"),
    DEATH_AND_INHERITANCE("To tell the agencies about the death and help the heirs settle the estate",
            "folkeregisterloven § 10-2; arveloven §§ 92 and 118"),
    NEW_IN_NORWAY("To offer the services a new resident is entitled to",
            "folkeregisterloven § 10-2; integreringsloven"),
    LOSING_AND_FINDING_A_JOB("To assess unemployment benefit and follow up the job seeker",
            "folkeregisterloven § 10-2; folketrygdloven kapittel 4"),
    SERIOUSLY_ILL_CHILD("To assess care benefit and municipal services for the sick child",
            "folkeregisterloven § 10-2; folketrygdloven kapittel 9"),
    STARTING_A_BUSINESS("To guide the founder and register the business with the agencies that need it",
            "enhetsregisterloven § 22 (open data)"),
    STARTING_A_VOLUNTARY_ORGANISATION("To offer grant schemes to the new organisation",
            "frivillighetsregisterloven § 1 (open data)"),
    CONTACT_INFORMATION("To reach the person by digital mail, or on paper if they have opted out",
            "eForvaltningsforskriften §§ 9 and 15 a"),
    RESIDENCE_BASIS("To find which offers the basis of your residence gives you by law",
            "integreringsloven §§ 8, 9, 26 and 27"),
    UNEMPLOYMENT_BENEFIT("To check your employment and the income requirement for unemployment benefit, and to see when you have a new job",
            "a-opplysningsloven § 7; folketrygdloven §§ 4-4 and 21-4");

    private final String purpose;
    private final String legalBasis;

    AccessPurpose(String purpose, String legalBasis) {
        this.purpose = purpose;
        this.legalBasis = legalBasis;
    }

    public static AccessPurpose of(LifeEvent lifeEvent) {
        return valueOf(lifeEvent.name());
    }

    public String purpose() {
        return purpose;
    }

    public String legalBasis() {
        return legalBasis;
    }
}
