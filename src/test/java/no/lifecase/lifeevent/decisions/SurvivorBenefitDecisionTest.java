package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Decision;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The cases in {@code decisions/survivor-benefit-cases.csv}, evaluated by the engine as the process does. */
@Deployment(resources = "no/lifecase/lifeevent/deathandinheritance/decisions/survivor-benefit.dmn")
class SurvivorBenefitDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/decisions/survivor-benefit-cases.csv", numLinesToSkip = 1)
    void survivor_benefits_for_the_family_folkeregisteret_knows(String description, Boolean hasSpouse,
            Integer childrenUnder20, String benefits) {
        var result = engine.getDecisionService().evaluateDecisionByKey(Decision.SURVIVOR_BENEFIT)
                .variables(Variables.createVariables()
                        .putValue("hasSpouse", hasSpouse)
                        .putValue("childrenUnder20", childrenUnder20))
                .evaluate();

        List<String> expected = benefits == null ? List.of() : Arrays.asList(benefits.split(" "));
        assertThat(result.<String>collectEntries("benefit")).as(description).containsExactlyElementsOf(expected);
    }
}
