package no.lifecase.simulator.folkeregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.simulator.population.AddressProtection;
import no.lifecase.simulator.population.CivilStatus;
import no.lifecase.simulator.population.FamilyRelation;
import no.lifecase.simulator.population.FamilyRole;
import no.lifecase.simulator.population.ParentalResponsibility;
import no.lifecase.simulator.population.PersonStatus;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.Responsibility;
import no.lifecase.simulator.population.Sex;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.simulator.udi.SimulatedUdi;
import org.junit.jupiter.api.Test;

class FolkeregisteretScenariosTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private final Population population = Population.generate(11, 1500, CLOCK);
    private final EventLog log = new EventLog(CLOCK);
    private final SimulatedUdi udi = new SimulatedUdi();
    private final FolkeregisteretScenarios scenarios = new FolkeregisteretScenarios(population, log, udi);

    @Test
    void a_birth_creates_the_child_and_changes_each_parent_with_one_event_per_person_and_change() {
        var mother = first(p -> p.isAlive() && p.sex() == Sex.FEMALE && p.civilStatus() == CivilStatus.GIFT && p.ageOn(TODAY) < 40
                && !p.hasDNumber());
        var father = population.find(mother.spouse()).orElseThrow();

        var result = scenarios.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), father.identityNumber(), "kvinne", null, false));

        var child = result.persons().get("child");
        assertThat(result.events()).extracting(ScenarioResult.Event::sekvensnummer, ScenarioResult.Event::hendelsetype,
                ScenarioResult.Event::folkeregisteridentifikator).containsExactly(
                tuple(1L, "personErOpprettet", child),
                tuple(2L, "endringIFamilierelasjon", mother.identityNumber()),
                tuple(3L, "endringIForeldreansvar", mother.identityNumber()),
                tuple(4L, "endringIFamilierelasjon", father.identityNumber()),
                tuple(5L, "endringIForeldreansvar", father.identityNumber()));
        assertThat(log.lastSequenceNumber()).isEqualTo(5);

        var newborn = population.find(child).orElseThrow();
        assertThat(Fodselsnummer.parse(child).isSynthetic()).isTrue();
        assertThat(newborn.birthDate()).isEqualTo(TODAY);
        assertThat(newborn.sex()).isEqualTo(Sex.FEMALE);
        assertThat(newborn.givenName()).isEqualTo(mother.givenName() + "*PIKE");
        assertThat(newborn.address().municipalityNumber()).isEqualTo(mother.address().municipalityNumber());
        assertThat(newborn.parents()).containsExactlyInAnyOrder(mother.identityNumber(), father.identityNumber());
        assertThat(newborn.responsibilities()).extracting(ParentalResponsibility::type).containsOnly(Responsibility.FELLES);
        assertThat(population.find(mother.identityNumber()).orElseThrow().children()).contains(child);
        assertThat(population.find(father.identityNumber()).orElseThrow().responsibilities())
                .contains(new ParentalResponsibility(Responsibility.FELLES, father.identityNumber(), child));
    }

    @Test
    void the_archive_shows_each_parent_as_each_event_left_them() {
        var mother = first(p -> p.isAlive() && p.sex() == Sex.FEMALE && p.ageOn(TODAY) < 40 && !p.hasDNumber());

        var result = scenarios.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), null, null, null, false));

        var child = result.persons().get("child");
        var afterRelation = log.personDocument(result.events().get(1).persondokument()).orElseThrow();
        var afterResponsibility = log.personDocument(result.events().get(2).persondokument()).orElseThrow();
        assertThat(afterRelation.children()).contains(child);
        assertThat(afterRelation.responsibilities()).noneMatch(r -> r.child().equals(child));
        assertThat(afterResponsibility.responsibilities()).contains(new ParentalResponsibility(Responsibility.MOR, mother.identityNumber(), child));
    }

    @Test
    void a_child_of_a_mother_with_a_protected_address_is_protected_too() {
        var mother = first(p -> p.isAlive() && p.sex() == Sex.FEMALE && p.addressProtection() == AddressProtection.STRENGT_FORTROLIG
                && p.ageOn(TODAY) >= 18);

        var child = scenarios.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), null, null, null, false)).persons().get("child");

        assertThat(population.find(child).orElseThrow().addressProtection()).isEqualTo(AddressProtection.STRENGT_FORTROLIG);
    }

    @Test
    void a_stillbirth_is_registered_on_the_mother_only() {
        var mother = first(p -> p.isAlive() && p.sex() == Sex.FEMALE && p.ageOn(TODAY) < 40 && !p.hasDNumber());
        int before = population.size();

        var result = scenarios.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), null, null, TODAY.minusDays(1), true));

        assertThat(population.size()).isEqualTo(before);
        assertThat(result.persons()).doesNotContainKey("child");
        assertThat(result.events()).extracting(ScenarioResult.Event::hendelsetype).containsExactly("endringIFamilierelasjon");
        assertThat(population.find(mother.identityNumber()).orElseThrow().relations())
                .contains(new FamilyRelation(null, FamilyRole.DOEDFOEDT_BARN, FamilyRole.MOR, TODAY.minusDays(1)));
    }

    @Test
    void a_death_makes_the_spouse_a_widow_or_widower() {
        var deceased = first(p -> p.isAlive() && p.civilStatus() == CivilStatus.GIFT
                && population.find(p.spouse()).map(SimulatedPerson::isAlive).orElse(false));

        var result = scenarios.death(new FolkeregisteretScenarios.Death(deceased.identityNumber(), TODAY.minusDays(2)));

        assertThat(result.events()).extracting(ScenarioResult.Event::hendelsetype, ScenarioResult.Event::folkeregisteridentifikator)
                .containsExactly(tuple("personErDoed", deceased.identityNumber()), tuple("endringISivilstand", deceased.spouse()));
        var dead = population.find(deceased.identityNumber()).orElseThrow();
        assertThat(dead.status()).isEqualTo(PersonStatus.DOED);
        assertThat(dead.deathDate()).isEqualTo(TODAY.minusDays(2));
        var survivor = population.find(deceased.spouse()).orElseThrow();
        assertThat(survivor.civilStatus()).isEqualTo(CivilStatus.ENKE_ELLER_ENKEMANN);
        assertThat(survivor.spouse()).isEqualTo(deceased.identityNumber());
        assertThat(survivor.civilStatusDate()).isEqualTo(TODAY.minusDays(2));
    }

    @Test
    void the_dead_cannot_die_again_and_the_living_cannot_be_reactivated() {
        var dead = first(p -> !p.isAlive());
        var living = first(SimulatedPerson::isAlive);

        assertThatThrownBy(() -> scenarios.death(new FolkeregisteretScenarios.Death(dead.identityNumber(), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(dead.identityNumber());
        assertThatThrownBy(() -> scenarios.reactivation(new FolkeregisteretScenarios.Reactivation(living.identityNumber(), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(log.lastSequenceNumber()).isZero();
    }

    @Test
    void a_corrected_death_date_is_a_reactivation_and_a_new_death() {
        var deceased = first(p -> p.isAlive() && p.civilStatus() == CivilStatus.GIFT
                && population.find(p.spouse()).map(SimulatedPerson::isAlive).orElse(false));
        scenarios.death(new FolkeregisteretScenarios.Death(deceased.identityNumber(), TODAY));

        var result = scenarios.reactivation(new FolkeregisteretScenarios.Reactivation(deceased.identityNumber(), TODAY.minusDays(1)));

        assertThat(result.events()).extracting(ScenarioResult.Event::hendelsetype).containsExactly(
                "personErReaktivert", "endringISivilstand", "personErDoed", "endringISivilstand");
        assertThat(result.events()).extracting(ScenarioResult.Event::sekvensnummer).containsExactly(3L, 4L, 5L, 6L);
        assertThat(population.find(deceased.identityNumber()).orElseThrow().deathDate()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void a_reactivated_person_is_alive_and_the_spouse_married_again() {
        var deceased = first(p -> p.isAlive() && p.civilStatus() == CivilStatus.GIFT
                && population.find(p.spouse()).map(SimulatedPerson::isAlive).orElse(false));
        scenarios.death(new FolkeregisteretScenarios.Death(deceased.identityNumber(), TODAY));

        scenarios.reactivation(new FolkeregisteretScenarios.Reactivation(deceased.identityNumber(), null));

        var person = population.find(deceased.identityNumber()).orElseThrow();
        assertThat(person.isAlive()).isTrue();
        assertThat(person.deathDate()).isNull();
        assertThat(population.find(deceased.spouse()).orElseThrow().civilStatus()).isEqualTo(CivilStatus.GIFT);
    }

    @Test
    void a_newcomer_who_settles_is_created_and_settled_with_a_fodselsnummer() {
        var result = scenarios.immigration(new FolkeregisteretScenarios.MoveToNorway(null, "SYR", "4601", false, "mann", null, null, null));

        var number = result.persons().get("person");
        assertThat(result.events()).extracting(ScenarioResult.Event::hendelsetype, ScenarioResult.Event::folkeregisteridentifikator)
                .containsExactly(tuple("personErOpprettet", number), tuple("personErBosatt", number));
        var newcomer = population.find(number).orElseThrow();
        assertThat(newcomer.hasDNumber()).isFalse();
        assertThat(newcomer.status()).isEqualTo(PersonStatus.BOSATT);
        assertThat(newcomer.immigration().fromCountry()).isEqualTo("SYR");
        assertThat(newcomer.residencePermit()).isNotNull();
        assertThat(newcomer.address().municipalityNumber()).isEqualTo("4601");
    }

    @Test
    void a_d_number_holder_who_settles_gets_a_fodselsnummer_announced_on_the_old_number_first() {
        var worker = first(p -> p.isAlive() && p.hasDNumber());

        var result = scenarios.immigration(new FolkeregisteretScenarios.MoveToNorway(worker.identityNumber(), "POL", "0301", false, null, null, null, null));

        var newNumber = result.persons().get("person");
        assertThat(result.events()).extracting(ScenarioResult.Event::hendelsetype, ScenarioResult.Event::folkeregisteridentifikator)
                .containsExactly(tuple("endringIIdentifikasjonsnummer", worker.identityNumber()), tuple("personErBosatt", newNumber));
        assertThat(Fodselsnummer.parse(newNumber).isDNumber()).isFalse();
        assertThat(population.find(worker.identityNumber()).orElseThrow().identityNumber()).isEqualTo(newNumber);
        assertThat(population.find(newNumber).orElseThrow().formerIdentityNumbers()).containsExactly(worker.identityNumber());
    }

    @Test
    void udi_learns_the_basis_of_the_residence_and_keeps_it_when_the_d_number_is_replaced() {
        var refugee = scenarios.immigration(new FolkeregisteretScenarios.MoveToNorway(null, "SYR", "4601", false, "kvinne", null,
                "midlertidig", "refugee")).persons().get("person");
        var swede = scenarios.immigration(new FolkeregisteretScenarios.MoveToNorway(null, "SWE", null, false, null, null, null, null))
                .persons().get("person");
        var worker = scenarios.immigration(new FolkeregisteretScenarios.MoveToNorway(null, "IND", null, true, null, null, null, null))
                .persons().get("person");
        var settled = scenarios.immigration(new FolkeregisteretScenarios.MoveToNorway(worker, "IND", "0301", false, null, null, null, null))
                .persons().get("person");

        assertThat(udi.of(refugee)).map(SimulatedUdi.Decision::basis).contains(SimulatedUdi.Basis.BESKYTTELSE);
        assertThat(udi.of(swede)).map(SimulatedUdi.Decision::basis).contains(SimulatedUdi.Basis.EOES_REGISTRERING);
        assertThat(udi.of(worker)).map(SimulatedUdi.Decision::basis).contains(SimulatedUdi.Basis.ARBEID);
        assertThat(udi.of(settled)).map(SimulatedUdi.Decision::basis).contains(SimulatedUdi.Basis.ARBEID);
        assertThatThrownBy(() -> scenarios.immigration(new FolkeregisteretScenarios.MoveToNorway(null, "SYR", null, false, null, null,
                null, "asylum"))).hasMessageContaining("residenceBasis");
    }

    @Test
    void a_short_stay_gives_a_d_number_and_no_residence() {
        var result = scenarios.immigration(new FolkeregisteretScenarios.MoveToNorway(null, "LTU", "5001", true, "kvinne", null, null, null));

        var newcomer = population.find(result.persons().get("person")).orElseThrow();
        assertThat(result.events()).extracting(ScenarioResult.Event::hendelsetype).containsExactly("personErOpprettet");
        assertThat(newcomer.hasDNumber()).isTrue();
        assertThat(newcomer.status()).isEqualTo(PersonStatus.MIDLERTIDIG);
    }

    @Test
    void a_household_move_moves_the_spouse_and_the_children_in_care() {
        var parent = first(p -> p.isAlive() && p.civilStatus() == CivilStatus.GIFT && !p.responsibilities().isEmpty()
                && p.responsibilities().get(0).responsible().equals(p.identityNumber()) && !"5501".equals(p.address().municipalityNumber())
                && population.find(p.spouse()).map(SimulatedPerson::isAlive).orElse(false));
        var children = parent.responsibilities().stream().map(ParentalResponsibility::child).toList();

        var result = scenarios.move(new FolkeregisteretScenarios.Move(parent.identityNumber(), "5501", null, true));

        assertThat(result.events()).extracting(ScenarioResult.Event::hendelsetype).containsOnly("endringIBostedsadresse");
        assertThat(result.events()).extracting(ScenarioResult.Event::folkeregisteridentifikator)
                .contains(parent.identityNumber(), parent.spouse()).containsAll(children);
        var movers = result.events().stream().map(ScenarioResult.Event::folkeregisteridentifikator).toList();
        assertThat(movers).allSatisfy(id -> assertThat(population.find(id).orElseThrow().address().municipalityNumber()).isEqualTo("5501"));
        assertThat(log.earlierVersions(population.find(parent.identityNumber()).orElseThrow()))
                .extracting(p -> p.address().municipalityNumber()).containsExactly(parent.address().municipalityNumber());
    }

    @Test
    void invalid_requests_name_the_field_and_change_nothing() {
        assertThatThrownBy(() -> scenarios.birth(new FolkeregisteretScenarios.Birth("123", null, null, null, false)))
                .hasMessageContaining("mother");
        assertThatThrownBy(() -> scenarios.move(new FolkeregisteretScenarios.Move(first(SimulatedPerson::isAlive).identityNumber(), "9999", null, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scenarios.immigration(new FolkeregisteretScenarios.MoveToNorway(null, "Sweden", null, false, null, null, null, null)))
                .hasMessageContaining("fromCountry");
        assertThat(log.lastSequenceNumber()).isZero();
    }

    @Test
    void the_feed_pages_from_an_inclusive_sequence_number() {
        var mother = first(p -> p.isAlive() && p.sex() == Sex.FEMALE && p.ageOn(TODAY) < 40 && !p.hasDNumber());
        scenarios.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), null, null, null, false));

        assertThat(log.from(2, 1000)).extracting(StoredEvent::sekvensnummer).containsExactly(2L, 3L);
        assertThat(log.from(2, 1)).extracting(StoredEvent::sekvensnummer).containsExactly(2L);
        assertThat(log.from(4, 1000)).isEmpty();
        assertThat(log.from(0, 1000)).hasSize(3);
        assertThat(List.of(log.from(1, 1000).get(0).hendelsesdokument())).doesNotContain(log.from(1, 1000).get(0).persondokument());
    }

    private SimulatedPerson first(Predicate<SimulatedPerson> predicate) {
        return population.all().stream().filter(predicate).findFirst().orElseThrow();
    }
}
