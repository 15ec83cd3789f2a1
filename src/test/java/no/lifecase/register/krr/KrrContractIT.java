package no.lifecase.register.krr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.DataAccessEntry;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.simulator.Fault;
import no.lifecase.simulator.SimulatorFaults;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.JobExecutorPause;
import no.lifecase.testsupport.LifecaseIT;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** The KRR client against the simulator, over HTTP with a Maskinporten token from the simulated Maskinporten. */
@LifecaseIT
class KrrContractIT {

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private KrrClient krr;

    @Autowired
    private ContactChannels contactChannels;

    @Autowired
    private Population population;

    @Autowired
    private SimulatorFaults faults;

    @Autowired
    private CaseService cases;

    @Autowired
    private DataAccessLog accessLog;

    @Autowired
    private ProcessEngine engine;

    private JobExecutorPause jobs;
    private final List<Fodselsnummer> profilesChosen = new ArrayList<>();

    /**
     * The client is tested here, not the processes: the cases these tests open and those other tests left must not
     * read registers meanwhile, or their reads would join the logs asserted here and take the one-time faults.
     */
    @BeforeEach
    void noJobsMeanwhile() {
        jobs = JobExecutorPause.of(engine);
    }

    /** KRR answers as the seed says again, for the persons given a profile here too: other tests may meet them. */
    @AfterEach
    void registersAnswerNormallyAgain() {
        try {
            faults.clear();
            profilesChosen.forEach(person -> http.delete("/sim/krr/personer/{id}", person.value()));
        } finally {
            jobs.close();
        }
    }

    @Test
    void reserved_gets_paper_active_gets_digital_and_unknown_gets_paper_from_one_batch() {
        var reserved = adult(10, "RESERVED");
        var active = adult(11, "DIGITAL");
        var unknown = Fodselsnummer.parse("13857548595");

        var answers = krr.personer(List.of(reserved, active, unknown));

        assertThat(answers).extracting(KrrPerson::personidentifikator, KrrPerson::reservasjon, KrrPerson::status)
                .containsExactly(
                        tuple(reserved.value(), KrrPerson.Reservasjon.JA, KrrPerson.Status.AKTIV),
                        tuple(active.value(), KrrPerson.Reservasjon.NEI, KrrPerson.Status.AKTIV),
                        tuple(unknown.value(), null, KrrPerson.Status.IKKE_REGISTRERT));
        assertThat(answers).extracting(ContactChannel::of)
                .containsExactly(ContactChannel.PAPER, ContactChannel.DIGITAL, ContactChannel.PAPER);
        assertThat(answers.get(1).kontaktinformasjon().epostadresse()).endsWith("@example.com");
    }

    @Test
    void the_whole_adult_population_is_looked_up_in_batches_and_about_a_tenth_is_reserved() {
        var adults = population.adults().stream().map(SimulatedPerson::fodselsnummer).toList();

        var answers = krr.personer(adults);

        assertThat(answers).hasSize(adults.size());
        var reserved = answers.stream().filter(person -> person.reservasjon() == KrrPerson.Reservasjon.JA).count();
        assertThat((double) reserved / adults.size()).isBetween(0.05, 0.15);
    }

    @Test
    void the_channels_are_decided_with_each_read_logged_on_the_case() {
        var reserved = adult(12, "RESERVED");
        var active = adult(13, "DIGITAL");
        var lifeEventCase = cases.open(HavingAChildModule.LIFE_EVENT, active);

        var channels = contactChannels.of(List.of(reserved, active), lifeEventCase.reference());

        assertThat(channels).containsEntry(reserved, ContactChannel.PAPER).containsEntry(active, ContactChannel.DIGITAL);
        assertThat(accessLog.of(lifeEventCase)).extracting(DataAccessEntry::register, DataAccessEntry::about, DataAccessEntry::purpose)
                .containsExactly(
                        tuple("krr", reserved.value(), AccessPurpose.CONTACT_INFORMATION.purpose().en()),
                        tuple("krr", active.value(), AccessPurpose.CONTACT_INFORMATION.purpose().en()));
    }

    @Test
    void krr_refuses_a_caller_without_a_maskinporten_token() {
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var answer = http.exchange("/rest/v1/personer", HttpMethod.POST,
                new HttpEntity<>("{\"personidentifikatorer\":[\"13857548595\"]}", headers), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void a_failing_krr_is_unavailable_and_a_throttling_one_says_when_to_come_back() {
        var someone = List.of(adult(14, null));

        faults.inject("krr", Fault.serverError(), 1);
        assertThatThrownBy(() -> krr.personer(someone)).isInstanceOf(RegisterUnavailable.class).hasMessage("krr is unavailable: HTTP 500");

        faults.inject("krr", Fault.tooManyRequests("7"), 1);
        assertThatThrownBy(() -> krr.personer(someone)).isInstanceOfSatisfying(RegisterUnavailable.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(7)));

        assertThat(krr.personer(someone)).hasSize(1);
    }

    /** An adult of the population, given this KRR profile through the scenario endpoint (or as the seed has it). */
    private Fodselsnummer adult(int index, String profile) {
        var person = population.adults().get(index).fodselsnummer();
        if (profile != null) {
            var headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            var answer = http.exchange("/sim/krr/personer/{id}", HttpMethod.PUT,
                    new HttpEntity<>(Map.of("profile", profile), headers), Map.class, person.value());
            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            profilesChosen.add(person);
        }
        return person;
    }
}
