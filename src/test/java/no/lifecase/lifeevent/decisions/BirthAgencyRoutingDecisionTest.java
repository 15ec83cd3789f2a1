package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.lifeevent.havingachild.HavingAChild.Variable;
import no.lifecase.lifeevent.havingachild.HavingAChild;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * {@code birth-agency-routing.dmn}, evaluated by the in-memory engine against the test cases in
 * {@code decisions/birth-agency-routing-cases.csv} (an empty cell is a variable that is absent).
 */
@Deployment(resources = "no/lifecase/lifeevent/havingachild/decisions/birth-agency-routing.dmn")
class BirthAgencyRoutingDecisionTest {

    private static final String DECISION_RESOURCE = "birth-agency-routing.dmn";
    private static final Set<String> MATCHED_RULES = new TreeSet<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "{3}: {2}")
    @CsvFileSource(resources = "/decisions/birth-agency-routing-cases.csv", numLinesToSkip = 1)
    void routes_the_family_to_its_health_service(Boolean addressProtected, String residenceMunicipality,
            String expectedAgency, String description) {
        Map<String, Object> variables = new HashMap<>();
        if (addressProtected != null) {
            variables.put(Variable.ADDRESS_PROTECTED, addressProtected);
        }
        if (residenceMunicipality != null) {
            variables.put(Variable.RESIDENCE_MUNICIPALITY, residenceMunicipality);
        }

        var agency = engine.getDecisionService()
                .evaluateDecisionTableByKey(HavingAChild.Decision.AGENCY_ROUTING, variables).getSingleEntry();

        assertThat(agency).isEqualTo(expectedAgency);
        MATCHED_RULES.addAll(DecisionRules.matchedIn(engine, HavingAChild.Decision.AGENCY_ROUTING));
    }

    @AfterAll
    static void every_rule_is_exercised_by_a_test_case() {
        assertThat(MATCHED_RULES).containsExactlyInAnyOrderElementsOf(DecisionRules.of(DECISION_RESOURCE));
    }
}
