package no.lifecase.simulator.population;

import java.time.LocalDate;

/**
 * One {@code familierelasjon} seen from the person that holds it.
 *
 * @param relatedPerson       the other person's identity number; null for a stillborn child, who has none
 * @param relatedPersonsRole  what the other person is to this one (barn, mor, ektefelleEllerPartner …)
 * @param myRole              what this person is to the other
 * @param stillbornDate       the birth date of a stillborn child, else null
 */
public record FamilyRelation(String relatedPerson, FamilyRole relatedPersonsRole, FamilyRole myRole, LocalDate stillbornDate) {

    public static FamilyRelation of(String relatedPerson, FamilyRole relatedPersonsRole, FamilyRole myRole) {
        return new FamilyRelation(relatedPerson, relatedPersonsRole, myRole, null);
    }
}
