package no.lifecase.register.folkeregisteret;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's closest family as the register links them: identity numbers and ages, no names, no addresses.
 *
 * @param spouse                    the spouse or registered partner, or null
 * @param parentsWithResponsibility on a child's document: who holds parental responsibility
 * @param mother                    on a child's document: the mother, or null
 * @param asOf                      the day the register was read, which ages are counted on
 */
public record Family(String spouse, List<Child> children, List<String> parentsWithResponsibility, String mother, LocalDate asOf) {

    public Family {
        children = List.copyOf(children);
        parentsWithResponsibility = List.copyOf(parentsWithResponsibility);
    }

    /** @param birthDate null if the register gave none */
    public record Child(String identityNumber, LocalDate birthDate, boolean alive) {
    }

    public Optional<String> motherIdentityNumber() {
        return Optional.ofNullable(mother);
    }

    /**
     * Who inherits first under the inheritance act: the spouse or partner and the children. Only when there
     * are neither does the estate go further out; those heirs the court finds.
     */
    public List<String> heirs() {
        var heirs = new ArrayList<String>();
        spouseIdentityNumber().ifPresent(heirs::add);
        children.stream().filter(Child::alive).map(Child::identityNumber).forEach(heirs::add);
        return heirs;
    }

    public Optional<String> spouseIdentityNumber() {
        return Optional.ofNullable(spouse);
    }

    /** Living children younger than {@code age} (e.g. under 20, for barnepensjon). */
    public List<Child> childrenUnder(int age) {
        return children.stream()
                .filter(c -> c.alive() && c.birthDate() != null && c.birthDate().plusYears(age).isAfter(asOf))
                .toList();
    }
}
