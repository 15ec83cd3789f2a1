package no.lifecase.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import no.lifecase.testsupport.LifecaseIT;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The application's rule tables run on the FEEL engine that parses each text once (docs/adr/0068), on the deployed
 * tables and PostgreSQL: they answer as their decision tests expect, and a table evaluated again parses nothing new.
 */
@LifecaseIT
class ParseOnceFeelIT {

    private static final String JOB_AGENCY_ROUTING = "job-agency-routing";

    @Autowired
    private ProcessEngine engine;

    @Autowired
    private DecisionService decisions;

    @Test
    void the_deployed_rule_tables_answer_through_the_parse_once_feel_engine() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ParseOnceFeelEngine.class);
        var feel = (ParseOnceFeelEngine) configuration.getDmnEngineConfiguration().getFeelEngine();

        answerAsTheDecisionTestExpects();
        var keptAfterTheFirstRound = feel.parsedTextsKept();
        assertThat(keptAfterTheFirstRound).as("the table's texts are kept").isPositive();

        answerAsTheDecisionTestExpects();
        assertThat(feel.parsedTextsKept()).as("nothing new parsed").isEqualTo(keptAfterTheFirstRound);
    }

    private void answerAsTheDecisionTestExpects() {
        assertThat(agencyFor(false)).isEqualTo("nav");
        assertThat(agencyFor(true)).isEqualTo("nav-vikafossen");
        assertThat(agencyFor(null)).as("protection not known").isEqualTo("nav-vikafossen");
    }

    private Object agencyFor(Boolean addressProtected) {
        var variables = new HashMap<String, Object>();
        variables.put("addressProtected", addressProtected);
        return decisions.evaluateDecisionTableByKey(JOB_AGENCY_ROUTING, variables).getSingleEntry();
    }
}
