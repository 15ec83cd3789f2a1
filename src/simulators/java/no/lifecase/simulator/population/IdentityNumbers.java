package no.lifecase.simulator.population;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import no.lifecase.identity.Fodselsnummer;

/**
 * Hands out unique Tenor-style synthetic numbers (month + 80, valid check digits). The third digit of the
 * individual number is odd for men and even for women, as in real numbers, though the engine must read the
 * sex from the register and never from the number.
 */
final class IdentityNumbers {

    private final RandomGenerator random;
    private final Set<String> issued = new HashSet<>();

    IdentityNumbers(RandomGenerator random) {
        this.random = random;
    }

    /** Marks a number as taken, e.g. one a scenario brought in. */
    void reserve(String identityNumber) {
        issued.add(identityNumber);
    }

    boolean isIssued(String identityNumber) {
        return issued.contains(identityNumber);
    }

    /**
     * @throws IllegalStateException when every number for this date, sex and kind is taken: a day has only
     *                               about 200 of each
     */
    Fodselsnummer next(LocalDate birthDate, Sex sex, boolean dNumber) {
        int year = birthDate.getYear();
        if (year < 1900 || year > 2039) {
            throw new IllegalArgumentException("The simulation has no one born in " + year);
        }
        // 000-499 for those born 1900-1999, 500-999 from 2000: the ranges the 1964 rule gives each century.
        // Start at a random point and walk the numbers of the right parity, so a full day ends instead of looping.
        int base = year < 2000 ? 0 : 500;
        int parity = sex == Sex.MALE ? 1 : 0;
        int start = random.nextInt(250);
        for (int step = 0; step < 250; step++) {
            int individualNumber = base + 2 * ((start + step) % 250) + parity;
            var candidate = Fodselsnummer.generate(birthDate, individualNumber, dNumber, true);
            if (candidate.isPresent() && issued.add(candidate.get().value())) {
                return candidate.get();
            }
        }
        throw new IllegalStateException("No synthetic numbers left for this birth date");
    }
}
