package no.lifecase.modelsafety;

import static org.assertj.core.api.Assertions.assertThat;

import no.lifecase.testsupport.MockModelBeans;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a model's expression may be, read before deployment (ADR 0035); the run-time guard is tested on an engine. */
class ExpressionCheckTest {

    private final MockModelBeans beans = new MockModelBeans();

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${navAgency}",
            "#{execution.processBusinessKey}",
            "${execution.getVariable('stillbirth') == true}",
            "${execution.setVariable('receiptReceived', true)}",
            "${taskDeadline.reminder(execution)}",
            "${dateTime().plusDays(14).toDate()}",
            "${decisionResult.getSingleResult().getEntry('vatAgency')}",
            "${decisionResult.collectEntries('offer').contains('tax-card')}",
            "${boardMembers.isEmpty() ? subject : boardMembers}",
            "${noticeAttempts < 2}",
            "${result['navAgency']}",
            "Plain text with no expression",
    })
    void what_the_shipped_models_write_passes(String expression) {
        assertThat(ExpressionCheck.problems(expression, beans)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "${''.getClass()}                                        | The method getClass() is not available to models.",
            "${execution.class.classLoader}                          | The property class is not available to models.",
            "${execution['class']}                                   | The property class is not available to models.",
            "${execution.processEngine.runtimeService}               | The property processEngine is not available to models.",
            "${execution.getProcessEngineServices()}                 | The method getProcessEngineServices() is not available to models.",
            "${execution[name]('x')}                                 | A method whose name is computed",
            "${S('{}').prop('a')}                                    | The function S() is not available to models",
            "${repositoryService}                                    | The bean repositoryService is not available to models.",
            "${execution.getVariable(                                | is not valid",
    })
    void what_reaches_beyond_the_allow_list_is_named(String expression, String problem) {
        Mocks.register("repositoryService", new Object());

        assertThat(ExpressionCheck.problems(expression, beans)).anySatisfy(found -> assertThat(found).contains(problem));
    }

    @Test
    void a_delegate_may_be_named_but_not_called_into() {
        Mocks.register("lookUpPerson", (JavaDelegate) execution -> { });

        assertThat(ExpressionCheck.problems("${lookUpPerson}", beans)).isEmpty();
        assertThat(ExpressionCheck.problems("${lookUpPerson.execute(execution)}", beans))
                .containsExactly("The method execute() is not available to models.");
    }
}
