package no.lifecase.casefile;

import java.util.List;
import no.lifecase.language.Text;

/**
 * Why Lifecase reads a register, and the law that lets it: shown to the citizen beside every read, in the language
 * they read. Each life event declares its own; the purposes below belong to reads that several life events share.
 * Folkeregisterloven § 10-2 lets public bodies with a legal basis receive confidential population data;
 * the second reference is the law of the service the read serves. The English legal basis cites the statutes by their
 * Norwegian short titles, as Lovdata's English translations are unofficial (docs/adr/0053-the-portals-languages-names-and-reflow.md).
 */
public record AccessPurpose(Text purpose, Text legalBasis) {

    public static final AccessPurpose CONTACT_INFORMATION = new AccessPurpose(
            new Text("For å nå deg i den digitale postkassen din, eller på papir hvis du har reservert deg",
                    "For å nå deg i den digitale postkassa di, eller på papir dersom du har reservert deg",
                    "To reach the person by digital mail, or on paper if they have opted out"),
            new Text("eForvaltningsforskriften §§ 9 og 15 a", "eForvaltningsforskrifta §§ 9 og 15 a",
                    "eForvaltningsforskriften §§ 9 and 15 a"));
    public static final AccessPurpose RESIDENCE_BASIS = new AccessPurpose(
            new Text("For å finne ut hvilke tilbud oppholdsgrunnlaget ditt gir deg rett til",
                    "For å finne ut kva tilbod opphaldsgrunnlaget ditt gir deg rett til",
                    "To find which offers the basis of your residence gives you by law"),
            new Text("integreringsloven §§ 8, 9, 26 og 27", "integreringslova §§ 8, 9, 26 og 27",
                    "integreringsloven §§ 8, 9, 26 and 27"));
    public static final AccessPurpose UNEMPLOYMENT_BENEFIT = new AccessPurpose(
            new Text("For å sjekke arbeidsforholdet ditt og inntektskravet for dagpenger, og se når du har fått ny jobb",
                    "For å sjekke arbeidsforholdet ditt og inntektskravet for dagpengar, og sjå når du har fått ny jobb",
                    "To check your employment and the income requirement for unemployment benefit, and to see when you have a new job"),
            new Text("a-opplysningsloven § 7; folketrygdloven §§ 4-4 og 21-4", "a-opplysningslova § 7; folketrygdlova §§ 4-4 og 21-4",
                    "a-opplysningsloven § 7; folketrygdloven §§ 4-4 and 21-4"));

    /** The purposes every life event may read for, whatever its own purpose is. */
    public static final List<AccessPurpose> SHARED = List.of(CONTACT_INFORMATION, RESIDENCE_BASIS, UNEMPLOYMENT_BENEFIT);
}
