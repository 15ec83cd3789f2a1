package no.lifecase.casefile;

/**
 * Why Lifecase reads a register, and the law that lets it: shown to the citizen beside every read. Each life event
 * declares its own; the purposes below belong to reads that several life events share.
 * Folkeregisterloven § 10-2 lets public bodies with a legal basis receive confidential population data;
 * the second reference is the law of the service the read serves.
 */
public record AccessPurpose(String purpose, String legalBasis) {

    public static final AccessPurpose CONTACT_INFORMATION = new AccessPurpose(
            "To reach the person by digital mail, or on paper if they have opted out",
            "eForvaltningsforskriften §§ 9 and 15 a");
    public static final AccessPurpose RESIDENCE_BASIS = new AccessPurpose(
            "To find which offers the basis of your residence gives you by law",
            "integreringsloven §§ 8, 9, 26 and 27");
    public static final AccessPurpose UNEMPLOYMENT_BENEFIT = new AccessPurpose(
            "To check your employment and the income requirement for unemployment benefit, and to see when you have a new job",
            "a-opplysningsloven § 7; folketrygdloven §§ 4-4 and 21-4");
}
