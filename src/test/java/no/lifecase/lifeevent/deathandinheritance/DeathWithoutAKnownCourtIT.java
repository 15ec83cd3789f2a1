package no.lifecase.lifeevent.deathandinheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Element;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.trigger.FeedPoller;
import no.lifecase.simulator.domstol.SimulatedCourts;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A death in a municipality that no court district names is not sent to another municipality's court: the routing
 * step stops with an incident that names the municipality and says how to add its court, and once a process owner adds
 * it through /api/reference-data the case is routed on its own (docs/adr/0062). Tromsø's district is taken away for the
 * test and given back after it.
 */
@LifecaseIT
class DeathWithoutAKnownCourtIT {

    private static final StaffUsers STAFF = StaffUsers.of(DeathWithoutAKnownCourtIT.class);
    private static final String SOURCE = "DeathWithoutAKnownCourtIT";
    private static final String TROMSO = "5501";

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private FeedPoller feeds;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private HistoryService history;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Population population;

    @Autowired
    private SimulatedCourts courts;

    @Autowired
    private CaseService cases;

    private List<Map<String, Object>> tromsosDistrict;

    @BeforeEach
    void tromsoHasNoDistrictCourt(@Autowired IdentityService identity) {
        StaffUsers.user(identity, owner(), "process-owners");
        tromsosDistrict = jdbc.sql("select * from reference_data where kind = 'court-districts' and entry_key = ?").param(TROMSO)
                .query().listOfRows();
        assertThat(tromsosDistrict).as("Tromsø's district as migrated").isNotEmpty();
        jdbc.sql("delete from reference_data where kind = 'court-districts' and entry_key = ?").param(TROMSO).update();
    }

    /** Tromsø's district as it was, so that no other test meets the gap (ADR 0039). */
    @AfterEach
    void tromsoGetsItsDistrictBack() {
        jdbc.sql("delete from reference_data where kind = 'court-districts' and entry_key = ?").param(TROMSO).update();
        for (var row : tromsosDistrict) {
            jdbc.sql("insert into reference_data (kind, entry_key, entry_value, valid_from, source, recorded_by, recorded_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(row.get("kind"), row.get("entry_key"), row.get("entry_value"), (Date) row.get("valid_from"),
                            row.get("source"), row.get("recorded_by"), (Timestamp) row.get("recorded_at"))
                    .update();
        }
    }

    @Test
    void the_routing_stops_with_an_incident_naming_the_municipality_and_goes_on_once_its_court_is_added() {
        var simulation = new Simulation(http, feeds, runtime, history);
        simulation.poll("folkeregisteret");
        var deceased = aPersonInTromso();
        simulation.post("/sim/folkeregisteret/death", Map.of("person", deceased.identityNumber()));
        var instance = simulation.caseOpenedByFeed("folkeregisteret", DeathAndInheritance.PROCESS_ID, deceased.identityNumber());

        var incident = await().atMost(Duration.ofSeconds(60)).until(() -> runtime.createIncidentQuery()
                .processInstanceId(instance.getId()).activityId(Element.DECIDE_AGENCIES).singleResult(), found -> found != null);
        assertThat(incident.getIncidentMessage()).contains("No district court is known for municipality " + TROMSO,
                "POST /api/reference-data/court-districts").doesNotContain(deceased.identityNumber());
        assertThat(runtime.getVariable(instance.getId(), Variable.COURT_AGENCY)).as("never another municipality's court").isNull();

        // From the day of the death, which the routing asks about: the simulated register dates it by its own clock,
        // a day behind Oslo's date in the hour after midnight (the run of 23:17 UTC failed on that).
        var dayOfDeath = population.today();
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var added = http.withBasicAuth(owner(), StaffUsers.passwordOf(owner())).exchange("/api/reference-data/court-districts",
                HttpMethod.POST, new HttpEntity<>(Map.of("key", TROMSO, "value", "tingrett-TNTS", "validFrom", dayOfDeath.toString(),
                        "source", SOURCE), headers), Map.class);
        assertThat(added.getStatusCode().value()).as(String.valueOf(added.getBody())).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).until(() -> simulation.passed(instance, Element.DECIDE_AGENCIES));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(Variable.COURT_AGENCY).singleResult().getValue()).isEqualTo("tingrett-TNTS");
        assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).list()).extracting(Incident::getActivityId)
                .doesNotContain(Element.DECIDE_AGENCIES);
    }

    private static String owner() {
        return STAFF.id("owner");
    }

    /** Someone living in Tromsø whom no other test lets die: not protected, and with no case or court case yet. */
    private SimulatedPerson aPersonInTromso() {
        var candidates = population.all().stream()
                .filter(person -> person.isAlive() && !person.hasProtectedAddress() && !person.hasDNumber())
                .filter(person -> person.municipalityNumber().filter(TROMSO::equals).isPresent())
                .filter(person -> person.spouse() == null && person.children().isEmpty())
                .filter(person -> courts.caseOf(person.identityNumber()).isEmpty())
                .filter(person -> cases.casesOf(person.fodselsnummer()).isEmpty())
                .toList();
        assertThat(candidates).as("a person in Tromsø in the simulated population").isNotEmpty();
        return candidates.get(candidates.size() / 2);
    }
}
