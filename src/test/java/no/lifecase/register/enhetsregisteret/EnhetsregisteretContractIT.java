package no.lifecase.register.enhetsregisteret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.DataAccessEntry;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.simulator.population.Population;
import no.lifecase.testsupport.JobExecutorPause;
import no.lifecase.testsupport.LifecaseIT;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The Enhetsregisteret client against the simulator, over HTTP, after a founding scenario. */
@LifecaseIT
class EnhetsregisteretContractIT {

    /** A read serves its case, so it is logged with the purpose of the case's life event (docs/adr/0042). */
    private static final String CASE_PURPOSE = HavingAChildModule.LIFE_EVENT.accessPurpose().purpose().en();

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private EnhetsregisteretClient client;

    @Autowired
    private OrganisationLookup organisations;

    @Autowired
    private Population population;

    @Autowired
    private CaseService cases;

    @Autowired
    private DataAccessLog accessLog;

    @Autowired
    private ProcessEngine engine;

    private JobExecutorPause jobs;

    /**
     * The client is tested here, not the processes: the case a test opens must not read registers meanwhile, or its
     * reads would join the log asserted here.
     */
    @BeforeEach
    void noJobsMeanwhile() {
        jobs = JobExecutorPause.of(engine);
    }

    @AfterEach
    void jobsAgain() {
        jobs.close();
    }

    @Test
    void a_founded_company_is_in_the_register_with_its_roles_and_announced_in_the_feed_as_new() {
        var founder = population.adults().get(0);
        var founded = found(Map.of("organisationForm", "AS", "name", "Kontrakt Test AS", "founder", founder.identityNumber(),
                "employees", 4, "vatRegistered", true));
        var number = Organisasjonsnummer.parse((String) founded.get("organisasjonsnummer"));
        long oppdateringsid = ((Number) founded.get("oppdateringsid")).longValue();

        var unit = client.enhet(number).orElseThrow();
        assertThat(unit.navn()).isEqualTo("KONTRAKT TEST AS");
        assertThat(unit.organisasjonsformKode()).contains("AS");
        assertThat(unit.antallAnsatte()).isEqualTo(4);
        assertThat(unit.registrertIMvaregisteret()).isTrue();
        assertThat(unit.registreringsdatoEnhetsregisteret()).isEqualTo(population.today());
        assertThat(unit.forretningsadresse()).isNotNull();

        var roles = client.roller(number);
        assertThat(roles.heldByPersons(RoleType.DAGLIG_LEDER)).singleElement()
                .satisfies(role -> {
                    assertThat(role.person().fodselsnummer()).isEqualTo(founder.identityNumber());
                    assertThat(role.person().navn().etternavn()).isEqualTo(founder.familyName());
                    assertThat(role.person().fodselsdato()).isEqualTo(founder.birthDate());
                });
        assertThat(roles.heldByPersons(RoleType.STYRELEDER, RoleType.STYREMEDLEM)).hasSizeGreaterThanOrEqualTo(2);

        var feed = client.oppdateringer(oppdateringsid, 20);
        assertThat(feed.oppdateringer()).first()
                .extracting(OppdaterteEnheter.OppdatertEnhet::oppdateringsid, OppdaterteEnheter.OppdatertEnhet::organisasjonsnummer,
                        OppdaterteEnheter.OppdatertEnhet::endringstype)
                .containsExactly(oppdateringsid, number.value(), Endringstype.NY);
        assertThat(feed.nesteOppdateringsid()).isPresent();
        assertThat(client.oppdateringer(feed.nesteOppdateringsid().getAsLong(), 20).oppdateringer())
                .noneMatch(update -> update.organisasjonsnummer().equals(number.value()));
    }

    @Test
    void a_generated_organisation_is_there_from_the_start_and_an_unknown_one_is_not() {
        var unknown = Organisasjonsnummer.generate(10_000_000).orElseThrow();

        assertThat(client.enhet(unknown)).isEmpty();
        assertThat(client.roller(unknown).rollegrupper()).isEmpty();
    }

    @Test
    void the_lookup_gives_the_board_and_logs_the_reads_on_the_case() {
        var founder = population.adults().get(1);
        var member = population.adults().get(2);
        var founded = found(Map.of("organisationForm", "FLI", "founder", founder.identityNumber(),
                "boardMembers", List.of(member.identityNumber())));
        var number = Organisasjonsnummer.parse((String) founded.get("organisasjonsnummer"));
        var lifeEventCase = cases.open(HavingAChildModule.LIFE_EVENT, Fodselsnummer.parse(founder.identityNumber()));

        var organisation = organisations.of(number, lifeEventCase.reference()).orElseThrow();

        assertThat(organisation.organisationForm()).isEqualTo("FLI");
        assertThat(organisation.registeredInFrivillighetsregisteret()).isTrue();
        assertThat(organisation.boardMembers()).containsExactlyInAnyOrder(founder.fodselsnummer(), member.fodselsnummer());
        assertThat(accessLog.of(lifeEventCase)).extracting(DataAccessEntry::register, DataAccessEntry::about, DataAccessEntry::purpose)
                .containsExactly(
                        tuple("enhetsregisteret", number.value(), CASE_PURPOSE),
                        tuple("enhetsregisteret", number.value(), CASE_PURPOSE));
    }

    @Test
    void a_founder_outside_the_population_is_refused() {
        var refused = http.postForEntity("/sim/enhetsregisteret/organisasjoner",
                Map.of("organisationForm", "ENK", "founder", "13857548595"), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).containsEntry("field", "founder");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> found(Map<String, Object> founding) {
        var answer = http.postForEntity("/sim/enhetsregisteret/organisasjoner", founding, Map.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(answer.getHeaders().getLocation()).hasPath("/enhetsregisteret/api/enheter/" + answer.getBody().get("organisasjonsnummer"));
        return answer.getBody();
    }
}
