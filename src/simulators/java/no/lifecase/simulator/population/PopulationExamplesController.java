package no.lifecase.simulator.population;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /sim/population/examples}: one identity number for each kind of person a demo or a test needs,
 * so nobody has to search the population by hand. Outside every real register's API.
 */
@RestController
@Profile("simulators")
class PopulationExamplesController {

    private final Population population;

    PopulationExamplesController(Population population) {
        this.population = population;
    }

    @GetMapping("/sim/population/examples")
    Map<String, String> examples() {
        var today = population.today();
        var examples = new LinkedHashMap<String, String>();
        example(examples, "marriedMotherUnder40", p -> p.isAlive() && p.sex() == Sex.FEMALE && p.civilStatus() == CivilStatus.GIFT
                && p.ageOn(today) < 40 && !p.hasDNumber() && !p.hasProtectedAddress());
        example(examples, "marriedParentWithMinorChildren", p -> p.isAlive() && p.civilStatus() == CivilStatus.GIFT
                && p.responsibilities().stream().anyMatch(r -> r.responsible().equals(p.identityNumber()) && sharedWithALivingParent(r))
                && !p.hasProtectedAddress());
        example(examples, "singleMother", p -> p.isAlive() && p.responsibilities().stream().anyMatch(r -> r.type() == Responsibility.MOR)
                && p.sex() == Sex.FEMALE);
        example(examples, "singleAdult", p -> p.isAlive() && p.ageOn(today) >= 18 && p.relations().isEmpty() && !p.hasDNumber());
        example(examples, "widowed", p -> p.isAlive() && p.civilStatus() == CivilStatus.ENKE_ELLER_ENKEMANN);
        example(examples, "dead", p -> !p.isAlive());
        example(examples, "dNumberHolder", p -> p.isAlive() && p.hasDNumber());
        example(examples, "immigrant", p -> p.isAlive() && p.immigration() != null && p.ageOn(today) >= 18);
        example(examples, "fortrolig", p -> p.isAlive() && p.addressProtection() == AddressProtection.FORTROLIG && p.ageOn(today) >= 18);
        example(examples, "strengtFortrolig", p -> p.isAlive() && p.addressProtection() == AddressProtection.STRENGT_FORTROLIG
                && p.ageOn(today) >= 18);
        return examples;
    }

    /** A living child whose other parent, alive too, shares the responsibility: a death elsewhere may have ended that. */
    private boolean sharedWithALivingParent(ParentalResponsibility mine) {
        return population.find(mine.child()).filter(SimulatedPerson::isAlive)
                .map(child -> child.responsibilities().stream().anyMatch(other -> !other.responsible().equals(mine.responsible())
                        && population.find(other.responsible()).map(SimulatedPerson::isAlive).orElse(false)))
                .orElse(false);
    }

    private void example(Map<String, String> examples, String kind, Predicate<SimulatedPerson> predicate) {
        population.all().stream().filter(predicate).findFirst().ifPresent(p -> examples.put(kind, p.identityNumber()));
    }
}
