package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Decision;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The cases in {@code decisions/death-agency-routing-cases.csv}. Hit policy UNIQUE: every case must match exactly one
 * rule, or the engine refuses it.
 */
@Deployment(resources = "no/lifecase/lifeevent/deathandinheritance/decisions/death-agency-routing.dmn")
class DeathAndInheritanceAgencyRoutingDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/decisions/death-agency-routing-cases.csv", numLinesToSkip = 1)
    void offices_for_a_death_case(String description, Boolean addressProtected, String residenceMunicipality, String districtCourt,
            String navAgency, String funeralAgency, String courtAgency) {
        var result = engine.getDecisionService().evaluateDecisionByKey(Decision.AGENCY_ROUTING)
                .variables(Variables.createVariables()
                        .putValue("addressProtected", addressProtected)
                        .putValue("residenceMunicipality", residenceMunicipality)
                        .putValue("districtCourt", districtCourt))
                .evaluate()
                .getSingleResult();

        assertThat(result.getEntryMap()).as(description)
                .containsEntry("navAgency", navAgency)
                .containsEntry("funeralAgency", funeralAgency)
                .containsEntry("courtAgency", courtAgency);
        if (!Boolean.FALSE.equals(addressProtected)) {
            assertThat(result.getEntryMap().values()).as("a protected address never picks a municipality")
                    .noneMatch(agency -> String.valueOf(agency).startsWith("kommune-"));
        }
    }
}
