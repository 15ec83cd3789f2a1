package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Variable;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code unemployment-benefit.dmn} (docs/adr/0057): the working-time reduction (at least 50 %, folketrygdloven § 4-3),
 * the income requirement (1.5 G in 12 months or 3 G in 36 months, § 4-4) at and around its thresholds with G = NOK
 * 130 160, lay-offs, reasons for leaving the rules cannot judge (§ 4-10), and who decides. Only a grant is ever
 * decided by the rules; a refusal is proposed to a caseworker. An empty cell is a value the registers did not give.
 */
@Deployment(resources = "no/lifecase/lifeevent/losingandfindingajob/decisions/unemployment-benefit.dmn")
class UnemploymentBenefitDecisionTest {

    private static final String DECISION_RESOURCE = "unemployment-benefit.dmn";
    private static final long G = 130_160;
    private static final Set<String> MATCHED_RULES = new TreeSet<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "{10}")
    @CsvSource({
            // employment, reason, notice, usual hours, new hours, income 12, income 36, outcome, decided by, reason, description
            "true,  dismissed,           ,    37.5, 0,    195240, 0,       granted, rules,      ,                          exactly 1.5 G in 12 months",
            "true,  dismissed,           ,    37.5, 0,    195239, 390479,  refused, caseworker, income-too-low,            just under both thresholds: a refusal is only proposed",
            "true,  dismissed,           ,    37.5, 0,    0,      390480,  granted, rules,      ,                          exactly 3 G in 36 months",
            "true,  bankrupt,            ,    40,   0,    600000, 1500000, granted, rules,      ,                          the employer's bankruptcy is granted like a dismissal",
            "true,  dismissed,           ,    40,   20,   600000, 1500000, granted, rules,      ,                          working time exactly halved",
            "true,  dismissed,           ,    40,   21,   600000, 1500000, refused, caseworker, working-time-not-reduced,  working time reduced by less than half",
            "true,  laid-off,            yes, 37.5, 0,    600000, 1500000, granted, caseworker, lay-off-notice,            laid off with a notice: a grant is recommended and Nav checks the notice",
            "true,  laid-off,            no,  37.5, 0,    600000, 1500000, ,        caseworker, lay-off-notice-missing,    laid off without a notice",
            "true,  laid-off,            yes, 37.5, 30,   600000, 1500000, refused, caseworker, working-time-not-reduced,  laid off by less than half",
            "true,  quit,                ,    37.5, 0,    600000, 1500000, granted, caseworker, reason-for-leaving,        resigned: good reason or not is a judgement",
            "true,  summarily-dismissed, ,    37.5, 0,    600000, 1500000, granted, caseworker, reason-for-leaving,        summarily dismissed: own fault or not is a judgement",
            "true,  quit,                ,    37.5, 0,    1000,   1000,    refused, caseworker, income-too-low,            resigned with too little income",
            "false, dismissed,           ,    37.5, 0,    600000, 1500000, ,        caseworker, employment-not-confirmed,  Aa-registeret does not know the employment",
            ",      dismissed,           ,    37.5, 0,    600000, 1500000, ,        caseworker, employment-not-confirmed,  not known whether the employment exists",
            "true,  dismissed,           ,    37.5, 0,    ,       ,        refused, caseworker, income-too-low,            no income reported",
            "true,  dismissed,           ,    ,     ,     600000, 1500000, granted, rules,      ,                          a job that ends without hours given is reduced by 100 per cent",
            "true,  laid-off,            yes, ,     ,     600000, 1500000, granted, caseworker, lay-off-notice,            laid off without hours given: the caseworker checks the reduction with the notice",
            "true,  ,                    ,    37.5, 0,    600000, 1500000, ,        caseworker, not-covered-by-the-rules,  no reason given"})
    void says_what_the_rules_find_and_who_decides(Boolean employmentConfirmed, String reason, String notice, Double usualHours,
                                                   Double newHours, Long income12, Long income36, String outcome, String decidedBy,
                                                   String rulesReason, String description) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variable.EMPLOYMENT_CONFIRMED, employmentConfirmed);
        variables.put(Variable.REASON, reason);
        if (notice != null) {
            variables.put(Variable.LAY_OFF_NOTICE_RECEIVED, notice);
        }
        // Hours the citizen did not give are no variables at all, as the start form leaves them.
        if (usualHours != null) {
            variables.put(Variable.USUAL_WEEKLY_HOURS, usualHours);
            variables.put(Variable.NEW_WEEKLY_HOURS, newHours);
        }
        variables.put(Variable.INCOME_LAST_12_MONTHS, income12);
        variables.put(Variable.INCOME_LAST_36_MONTHS, income36);
        variables.put(Variable.GRUNNBELOP, G);

        var result = engine.getDecisionService()
                .evaluateDecisionTableByKey(LosingAndFindingAJob.Decision.UNEMPLOYMENT_BENEFIT, variables).getSingleResult();

        assertThat(result.getEntryMap().get("outcome")).as(description + ": outcome").isEqualTo(outcome);
        assertThat(result.getEntryMap().get("decidedBy")).as(description + ": decided by").isEqualTo(decidedBy);
        assertThat(result.getEntryMap().get("reason")).as(description + ": reason").isEqualTo(rulesReason);
        MATCHED_RULES.addAll(DecisionRules.matchedIn(engine, LosingAndFindingAJob.Decision.UNEMPLOYMENT_BENEFIT));
    }

    @AfterAll
    static void every_rule_is_exercised_by_a_test_case() {
        assertThat(MATCHED_RULES).containsExactlyInAnyOrderElementsOf(DecisionRules.of(DECISION_RESOURCE));
    }
}
