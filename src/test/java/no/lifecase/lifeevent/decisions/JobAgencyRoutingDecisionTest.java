package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Agency;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Variable;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code job-agency-routing.dmn}: Nav, or Nav Vikafossen for a protected address or when protection is not known. */
@Deployment(resources = "no/lifecase/lifeevent/losingandfindingajob/decisions/job-agency-routing.dmn")
class JobAgencyRoutingDecisionTest {

    private static final Set<String> MATCHED_RULES = new TreeSet<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "protected: {0} -> {1}")
    @CsvSource({"false, " + Agency.NAV, "true, " + Agency.NAV_VIKAFOSSEN, ", " + Agency.NAV_VIKAFOSSEN})
    void routes_the_job_seeker_to_nav_and_protects_a_protected_address(Boolean addressProtected, String expectedAgency) {
        var variables = new HashMap<String, Object>();
        variables.put(Variable.ADDRESS_PROTECTED, addressProtected);

        var agency = engine.getDecisionService()
                .evaluateDecisionTableByKey(LosingAndFindingAJob.Decision.AGENCY_ROUTING, variables).getSingleEntry();

        assertThat(agency).isEqualTo(expectedAgency);
        MATCHED_RULES.addAll(DecisionRules.matchedIn(engine, LosingAndFindingAJob.Decision.AGENCY_ROUTING));
    }

    @AfterAll
    static void every_rule_is_exercised_by_a_test_case() {
        assertThat(MATCHED_RULES).containsExactlyInAnyOrderElementsOf(DecisionRules.of("job-agency-routing.dmn"));
    }
}
