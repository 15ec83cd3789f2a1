package no.lifecase.register.folkeregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.DataAccessEntry;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.simulator.Fault;
import no.lifecase.simulator.SimulatorFaults;
import no.lifecase.simulator.folkeregisteret.FolkeregisteretScenarios;
import no.lifecase.simulator.population.AddressProtection;
import no.lifecase.simulator.population.CivilStatus;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.Sex;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.JobExecutorPause;
import no.lifecase.testsupport.LifecaseIT;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/** The client against the simulator over real HTTP, with the Maskinporten token, as production will run it. */
@LifecaseIT
class FolkeregisteretIT {

    @Autowired
    private FolkeregisteretClient client;

    @Autowired
    private FolkeregisteretScenarios scenarios;

    @Autowired
    private Population population;

    @Autowired
    private SimulatorFaults faults;

    @Autowired
    private CaseService cases;

    @Autowired
    private PersonLookup personLookup;

    @Autowired
    private FamilyLookup familyLookup;

    @Autowired
    private DataAccessLog accessLog;

    @LocalServerPort
    private int port;

    @Autowired
    private ProcessEngine engine;

    private JobExecutorPause jobs;

    /**
     * The client is tested here, not the processes: the cases these tests open and those other tests left must not
     * read the register meanwhile, or their reads would join the logs asserted here and take the one-time faults.
     */
    @BeforeEach
    void noJobsMeanwhile() {
        jobs = JobExecutorPause.of(engine);
    }

    @AfterEach
    void noFaults() {
        try {
            faults.clear();
        } finally {
            jobs.close();
        }
    }

    @Test
    void a_person_is_read_with_the_parts_asked_for() {
        var parent = first(p -> p.isAlive() && p.civilStatus() == CivilStatus.GIFT && !p.children().isEmpty()
                && !p.hasProtectedAddress() && !p.hasDNumber());

        var basis = client.person(parent.fodselsnummer(), Set.of(Part.PERSON_BASIS)).orElseThrow();
        var extended = client.person(parent.fodselsnummer(), Set.of(Part.PERSON_BASIS, Part.RELASJON_UTVIDET)).orElseThrow();

        assertThat(basis.navn()).extracting(Folkeregisterperson.Navn::fornavn, Folkeregisterperson.Navn::etternavn)
                .containsExactly(tuple(parent.givenName(), parent.familyName()));
        assertThat(basis.spouse()).contains(parent.spouse());
        assertThat(basis.residenceMunicipality()).contains(parent.address().municipalityNumber());
        assertThat(basis.familierelasjon()).isEmpty();
        assertThat(extended.children()).containsExactlyInAnyOrderElementsOf(parent.children());
    }

    @Test
    void an_unknown_person_is_empty() {
        var unknown = population.newIdentityNumber(java.time.LocalDate.of(1971, 2, 3), Sex.FEMALE, false);

        assertThat(client.person(unknown, Set.of())).isEmpty();
    }

    @Test
    void a_strictly_confidential_address_never_reaches_the_client() {
        var hidden = first(p -> p.isAlive() && p.addressProtection() == AddressProtection.STRENGT_FORTROLIG);

        var person = client.person(hidden.fodselsnummer(), Set.of(Part.PERSON_BASIS)).orElseThrow();

        assertThat(person.bostedsadresse()).isEmpty();
        assertThat(person.oppholdsadresse()).isEmpty();
        assertThat(person.hasProtectedAddress()).isTrue();
        assertThat(person.residenceMunicipality()).isEmpty();
    }

    @Test
    void a_birth_appears_in_the_feed_as_one_event_per_person_and_change_in_order() {
        var mother = first(p -> p.isAlive() && p.sex() == Sex.FEMALE && p.civilStatus() == CivilStatus.GIFT
                && p.ageOn(population.today()) < 40 && !p.hasDNumber());
        long before = client.lastSequenceNumber();

        var birth = scenarios.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), mother.spouse(), null, null, false));

        var child = birth.persons().get("child");
        var feed = client.feed(before + 1);
        assertThat(feed).extracting(FeedEntry::sekvensnummer).containsExactly(before + 1, before + 2, before + 3, before + 4, before + 5);
        assertThat(feed).extracting(e -> e.hendelse().hendelsetype(), e -> e.hendelse().folkeregisteridentifikator()).containsExactly(
                tuple("personErOpprettet", child),
                tuple("endringIFamilierelasjon", mother.identityNumber()),
                tuple("endringIForeldreansvar", mother.identityNumber()),
                tuple("endringIFamilierelasjon", mother.spouse()),
                tuple("endringIForeldreansvar", mother.spouse()));
        assertThat(feed).allSatisfy(e -> assertThat(e.hendelse().ajourholdstidspunkt()).isNotNull());
        assertThat(client.lastSequenceNumber()).isEqualTo(before + 5);

        var newborn = client.personAsOf(feed.get(0).hendelse().persondokument()).orElseThrow();
        assertThat(newborn.identifikasjonsnummer().get(0).foedselsEllerDNummer()).isEqualTo(child);
        assertThat(newborn.birthDate()).contains(population.today());
        var motherAfterRelation = client.personAsOf(feed.get(1).hendelse().persondokument()).orElseThrow();
        assertThat(motherAfterRelation.identifikasjonsnummer().get(0).foedselsEllerDNummer()).isEqualTo(mother.identityNumber());
        assertThat(client.personAsOf("no-such-document")).isEmpty();
    }

    @Test
    void the_feed_answers_not_modified_to_its_own_etag() {
        long next = client.lastSequenceNumber() + 1;
        var page = client.feed(next, null);

        var again = client.feed(next, page.etag());

        assertThat(again.notModified()).isTrue();
        assertThat(again.entries()).isEmpty();
    }

    @Test
    void the_register_refuses_a_call_without_a_maskinporten_token() {
        var anonymous = RestClient.create("http://localhost:" + port);

        assertThatThrownBy(() -> anonymous.get().uri("/folkeregisteret/offentlig-med-hjemmel/api/v1/hendelser/siste/sekvensnummer")
                .retrieve().toBodilessEntity())
                .isInstanceOfSatisfying(HttpClientErrorException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_scenarios_and_faults_are_open_over_http_without_a_token() {
        var sim = RestClient.create("http://localhost:" + port);
        var examples = sim.get().uri("/sim/population/examples").retrieve().body(java.util.Map.class);
        var mother = (String) examples.get("marriedMotherUnder40");
        assertThat(examples).containsKeys("dead", "dNumberHolder", "fortrolig", "strengtFortrolig");

        var birth = sim.post().uri("/sim/folkeregisteret/birth").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("{\"mother\":\"" + mother + "\",\"sex\":\"mann\"}").retrieve().body(java.util.Map.class);
        var events = (java.util.List<java.util.Map<String, Object>>) birth.get("events");
        assertThat(events).extracting(e -> e.get("hendelsetype"))
                .containsExactly("personErOpprettet", "endringIFamilierelasjon", "endringIForeldreansvar");
        assertThat((java.util.Map<String, String>) birth.get("persons")).containsEntry("mother", mother).containsKey("child");

        var refused = sim.post().uri("/sim/folkeregisteret/death").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("{\"person\":\"123\"}").exchange((request, response) -> response.getStatusCode());
        assertThat(refused).isEqualTo(HttpStatus.BAD_REQUEST);

        sim.post().uri("/sim/faults").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body("{\"register\":\"folkeregisteret\",\"kind\":\"serverError\",\"times\":1}").retrieve().toBodilessEntity();
        assertThatThrownBy(() -> client.lastSequenceNumber()).isInstanceOf(RegisterUnavailable.class);
        assertThat(client.lastSequenceNumber()).isPositive();
    }

    @Test
    void failures_worth_retrying_become_register_unavailable_with_the_registers_own_retry_after() {
        var someone = population.all().get(0).fodselsnummer();

        faults.inject("folkeregisteret", Fault.tooManyRequests("250"), 1);
        assertThatThrownBy(() -> client.person(someone, Set.of())).isInstanceOfSatisfying(RegisterUnavailable.class, e -> {
            assertThat(e.register()).isEqualTo("folkeregisteret");
            assertThat(e.retryAfter()).contains(Duration.ofMillis(250));
        });

        faults.inject("folkeregisteret", Fault.serverError(), 1);
        assertThatThrownBy(() -> client.feed(1)).isInstanceOf(RegisterUnavailable.class).hasMessageContaining("HTTP 500");

        assertThat(client.person(someone, Set.of())).isPresent();
    }

    @Test
    void a_cases_reads_are_logged_with_its_purpose_and_protected_addresses_stay_out_of_the_facts() {
        var mother = first(p -> p.isAlive() && p.sex() == Sex.FEMALE && p.civilStatus() == CivilStatus.GIFT
                && p.ageOn(population.today()) < 40 && !p.hasDNumber() && !p.hasProtectedAddress());
        var child = Fodselsnummer.parse(scenarios.birth(new FolkeregisteretScenarios.Birth(mother.identityNumber(), mother.spouse(), null, null, false))
                .persons().get("child"));
        var reference = cases.open(HavingAChildModule.LIFE_EVENT, child).reference();

        var facts = personLookup.of(child, reference);
        var family = familyLookup.of(child, reference);

        assertThat(facts.dead()).isFalse();
        assertThat(facts.municipality()).contains(mother.address().municipalityNumber());
        assertThat(family.parentsWithResponsibility()).containsExactlyInAnyOrder(mother.identityNumber(), mother.spouse());
        var entries = accessLog.of(cases.find(reference).orElseThrow());
        assertThat(entries).extracting(DataAccessEntry::register).containsOnly("folkeregisteret");
        assertThat(entries).extracting(DataAccessEntry::about).containsOnly(child.value());
        assertThat(entries).allSatisfy(entry -> assertThat(entry.legalBasis()).contains("folkeregisterloven"));
        assertThat(entries).hasSize(2);
    }

    @Test
    void an_unknown_subject_of_a_case_is_person_not_found() {
        var unknown = population.newIdentityNumber(java.time.LocalDate.of(1972, 3, 4), Sex.MALE, false);
        CaseReference reference = cases.open(HavingAChildModule.LIFE_EVENT, unknown).reference();

        assertThatThrownBy(() -> personLookup.of(unknown, reference)).isInstanceOf(PersonNotFound.class);
    }

    private SimulatedPerson first(Predicate<SimulatedPerson> predicate) {
        return population.all().stream().filter(predicate).findFirst().orElseThrow();
    }
}
