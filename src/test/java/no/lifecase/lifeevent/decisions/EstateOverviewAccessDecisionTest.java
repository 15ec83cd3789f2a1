package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Decision;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The cases in {@code decisions/estate-overview-access-cases.csv}. */
@Deployment(resources = "no/lifecase/lifeevent/deathandinheritance/decisions/estate-overview-access.dmn")
class EstateOverviewAccessDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/decisions/estate-overview-access-cases.csv", numLinesToSkip = 1)
    void who_may_see_the_estate_overview(String description, String settlementForm, Boolean formuesfullmaktGranted,
                                         String estateOverviewFor) {
        var variables = Variables.createVariables().putValue("settlementForm", settlementForm);
        if (formuesfullmaktGranted != null) {
            variables.putValue("formuesfullmaktGranted", formuesfullmaktGranted);
        }
        String result = engine.getDecisionService().evaluateDecisionByKey(Decision.ESTATE_OVERVIEW_ACCESS)
                .variables(variables)
                .evaluate()
                .getSingleEntry();

        assertThat(result).as(description).isEqualTo(estateOverviewFor);
    }
}
