package no.lifecase.simulator.idporten;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.simulator.population.AddressProtection;
import no.lifecase.simulator.population.CivilStatus;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.simulator.population.Sex;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The people of the simulated population a tester will want to be, like Tenor's search behind TestID: a
 * mother, a parent, a widow, a person with a protected address, a D-number holder. Any valid number may
 * still be typed.
 */
@Component
@Profile("simulators")
class PopulationTestPersons implements TestPersons {

    private final Population population;

    PopulationTestPersons(Population population) {
        this.population = population;
    }

    @Override
    public List<TestPerson> suggested() {
        var today = population.today();
        var suggested = new ArrayList<TestPerson>();
        suggest(suggested, "gift mor under 40 / married mother under 40", p -> p.sex() == Sex.FEMALE
                && p.civilStatus() == CivilStatus.GIFT && p.ageOn(today) < 40 && !p.hasDNumber() && !p.hasProtectedAddress());
        suggest(suggested, "forelder med barn under 18 / parent of children under 18", p -> p.civilStatus() == CivilStatus.GIFT
                && p.children().stream().anyMatch(child -> population.find(child).map(c -> c.ageOn(today) < 18).orElse(false))
                && !p.hasProtectedAddress());
        suggest(suggested, "enke eller enkemann / widowed", p -> p.civilStatus() == CivilStatus.ENKE_ELLER_ENKEMANN);
        suggest(suggested, "strengt fortrolig adresse / strictly confidential address",
                p -> p.addressProtection() == AddressProtection.STRENGT_FORTROLIG && p.ageOn(today) >= 18);
        suggest(suggested, "D-nummer / D-number", p -> p.hasDNumber() && p.ageOn(today) >= 18);
        return suggested;
    }

    private void suggest(List<TestPerson> suggested, String description, Predicate<SimulatedPerson> kind) {
        population.all().stream()
                .filter(person -> person.isAlive() && kind.test(person) && Fodselsnummer.isValid(person.identityNumber()))
                .findFirst()
                .ifPresent(person -> suggested.add(new TestPerson(Fodselsnummer.parse(person.identityNumber()),
                        person.givenName() + " " + person.familyName() + ", " + description)));
    }

    /** As ID-porten's TestID: any valid synthetic or test number may log in. */
    @Override
    public boolean accepts(Fodselsnummer pid) {
        return true;
    }
}
