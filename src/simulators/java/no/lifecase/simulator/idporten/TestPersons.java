package no.lifecase.simulator.idporten;

import java.util.List;
import no.lifecase.identity.Fodselsnummer;

/**
 * The people a tester may log in as at the test ID-porten, like ID-porten's TestID with Tenor's synthetic population.
 * The simulated population backs it ({@link PopulationTestPersons}).
 */
public interface TestPersons {

    /** A person offered on the login page. */
    record TestPerson(Fodselsnummer pid, String description) {
    }

    /** The people offered on the login page, in the order shown. */
    List<TestPerson> suggested();

    /** Whether {@code pid} may log in; a typed number need not be among the suggested. */
    boolean accepts(Fodselsnummer pid);
}
