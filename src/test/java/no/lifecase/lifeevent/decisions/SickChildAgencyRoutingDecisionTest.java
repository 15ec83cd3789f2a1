package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Decision;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Variable;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The cases in {@code decisions/sick-child-agency-routing-cases.csv}. Hit policy UNIQUE: every case must match exactly
 * one rule, or the engine refuses it.
 */
@Deployment(resources = "no/lifecase/lifeevent/seriouslyillchild/decisions/sick-child-agency-routing.dmn")
class SickChildAgencyRoutingDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/decisions/sick-child-agency-routing-cases.csv", numLinesToSkip = 1)
    void offices_for_a_seriously_ill_child(String description, Boolean addressProtected, String residenceMunicipality,
            String navAgency, String municipalAgency) {
        var result = engine.getDecisionService().evaluateDecisionByKey(Decision.AGENCY_ROUTING)
                .variables(Variables.createVariables()
                        .putValue(Variable.ADDRESS_PROTECTED, addressProtected)
                        .putValue(Variable.RESIDENCE_MUNICIPALITY, residenceMunicipality))
                .evaluate()
                .getSingleResult();

        assertThat(result.getEntryMap()).as(description)
                .containsEntry(Variable.NAV_AGENCY, navAgency)
                .containsEntry(Variable.MUNICIPAL_AGENCY, municipalAgency);
        if (!Boolean.FALSE.equals(addressProtected)) {
            assertThat(result.getEntryMap().values()).as("a protected address never picks a municipality")
                    .noneMatch(agency -> String.valueOf(agency).startsWith("kommune-"));
        }
    }
}
