package no.lifecase.simulator.idporten;

import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Synthetic numbers from Skatteetaten's published test vectors (month + 80, so they can never be a real person's),
 * until the simulated population backs {@link TestPersons}. Any valid number is accepted.
 */
@Component
@Profile("simulators")
class KnownSyntheticPersons implements TestPersons {

    private static final List<TestPerson> SUGGESTED = List.of(
            new TestPerson(Fodselsnummer.parse("03851598730"), "født 3. mai 2015 / born 3 May 2015"),
            new TestPerson(Fodselsnummer.parse("30908299902"), "2032-nummer / 2032-rule number"),
            new TestPerson(Fodselsnummer.parse("41819077302"), "D-nummer / D-number"),
            new TestPerson(Fodselsnummer.parse("41819077906"), "D-nummer, 2032-regel / D-number, 2032 rule"));

    @Override
    public List<TestPerson> suggested() {
        return SUGGESTED;
    }

    @Override
    public boolean accepts(Fodselsnummer pid) {
        return true;
    }
}
