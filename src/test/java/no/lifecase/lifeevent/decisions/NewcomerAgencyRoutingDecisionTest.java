package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.lifeevent.newinnorway.NewInNorway.Decision;
import no.lifecase.lifeevent.newinnorway.NewInNorway.Variable;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * {@code newcomer-agency-routing.dmn}, evaluated by the engine against the cases in
 * {@code decisions/newcomer-agency-routing-cases.csv} (an empty cell is a variable that is absent).
 */
@Deployment(resources = "no/lifecase/lifeevent/newinnorway/decisions/newcomer-agency-routing.dmn")
class NewcomerAgencyRoutingDecisionTest {

    private static final String DECISION_RESOURCE = "newcomer-agency-routing.dmn";
    private static final Set<String> MATCHED_RULES = new TreeSet<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "{6}")
    @CsvFileSource(resources = "/decisions/newcomer-agency-routing-cases.csv", numLinesToSkip = 1)
    void routes_each_offer_to_the_office_that_owns_it(Boolean addressProtected, String residenceMunicipality, String taxAgency,
            String navAgency, String gpAgency, String municipalityAgency, String description) {
        Map<String, Object> variables = new HashMap<>();
        if (addressProtected != null) {
            variables.put(Variable.ADDRESS_PROTECTED, addressProtected);
        }
        if (residenceMunicipality != null) {
            variables.put(Variable.RESIDENCE_MUNICIPALITY, residenceMunicipality);
        }

        var result = engine.getDecisionService().evaluateDecisionTableByKey(Decision.AGENCY_ROUTING, variables).getSingleResult();

        assertThat(result.getEntryMap()).as(description).containsExactlyInAnyOrderEntriesOf(Map.of(
                Variable.TAX_AGENCY, taxAgency, Variable.NAV_AGENCY, navAgency,
                Variable.GP_AGENCY, gpAgency, Variable.MUNICIPALITY_AGENCY, municipalityAgency));
        MATCHED_RULES.addAll(DecisionRules.matchedIn(engine, Decision.AGENCY_ROUTING));
    }

    @AfterAll
    static void every_rule_is_exercised_by_a_test_case() {
        assertThat(MATCHED_RULES).containsExactlyInAnyOrderElementsOf(DecisionRules.of(DECISION_RESOURCE));
    }
}
