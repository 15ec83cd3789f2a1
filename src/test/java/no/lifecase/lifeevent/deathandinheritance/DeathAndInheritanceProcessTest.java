package no.lifecase.lifeevent.deathandinheritance;

import static no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Element.*;
import static no.lifecase.testsupport.ProcessTests.recordDeadlineActions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Agency;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Benefit;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.CalledProcess;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.DeclarationChoice;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Delegate;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.HeirChoice;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Error;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.EstateOverviewFor;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Form;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Letter;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Message;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Notice;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.SettlementForm;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.referencedata.CourtDistricts;
import no.lifecase.signing.SigningVariables;
import no.lifecase.testsupport.AutomaticSteps;
import no.lifecase.testsupport.FlowNodeCoverage;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;

/**
 * Every path of {@code death-and-inheritance}: the family found or not, the survivor benefits, the notices, the
 * heirs' letters and reminders, the 60-day deadline, each form of settlement, and the messages that can arrive while
 * the case runs. Delegates are mocked; notify-agency is the stand-in that confirms at once.
 */
@Deployment(resources = {
        "no/lifecase/lifeevent/deathandinheritance/death-and-inheritance.bpmn",
        "stubs/notify-agency-stub.bpmn20.xml",
        "stubs/evidence-preview-stub.bpmn20.xml",
        "stubs/sign-and-send-declaration-stub.bpmn20.xml",
        "no/lifecase/lifeevent/deathandinheritance/decisions/estate-declaration.dmn",
        "no/lifecase/lifeevent/deathandinheritance/forms/estate-settlement-declaration.form",
        "no/lifecase/lifeevent/deathandinheritance/forms/estate-distribution-report.form",
        "no/lifecase/lifeevent/deathandinheritance/forms/estate-tax-return.form",
        "no/lifecase/lifeevent/deathandinheritance/decisions/survivor-benefit.dmn",
        "no/lifecase/lifeevent/deathandinheritance/decisions/death-agency-routing.dmn",
        "no/lifecase/lifeevent/deathandinheritance/decisions/estate-overview-access.dmn",
        "no/lifecase/lifeevent/deathandinheritance/forms/death-registration-check.form",
        "no/lifecase/lifeevent/deathandinheritance/forms/survivor-omstillingsstonad-decision.form",
        "no/lifecase/lifeevent/deathandinheritance/forms/survivor-barnepensjon-decision.form",
        "no/lifecase/lifeevent/deathandinheritance/forms/estate-settlement-form-follow-up.form",
        "no/lifecase/lifeevent/deathandinheritance/forms/estate-public-settlement.form"})
class DeathAndInheritanceProcessTest {

    private static final String DECISION_OUTCOME = "decisionOutcome";
    private static final String DECISION_REASONS = "decisionReasons";

    @RegisterExtension
    @Order(1)
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    /** Registered after the engine extension, so it reads history before the test deployment is removed. */
    @RegisterExtension
    @Order(2)
    static FlowNodeCoverage coverage = new FlowNodeCoverage(DeathAndInheritance.PROCESS_ID);

    private static final String CASE_REF = "LE-2026-000777";
    private static final String DECEASED = "18858274865";
    private static final Instant DEATH_REGISTERED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(DEATH_REGISTERED, ZoneId.of("Europe/Oslo"));

    private final List<String> letters = new ArrayList<>();
    private final List<Integer> reminders = new ArrayList<>();
    private final List<String> overviews = new ArrayList<>();
    private final List<String> deadlineActions = new ArrayList<>();
    private final List<String> decisionLetters = new ArrayList<>();
    private final HeirDeclarations answersKept = Mockito.mock(HeirDeclarations.class);
    private final CourtDistricts courtDistricts = Mockito.mock(CourtDistricts.class);

    @BeforeEach
    void freezeTheClockAndMockTheDelegates() {
        ClockUtil.setCurrentTime(Date.from(DEATH_REGISTERED));
        Mocks.register(Delegate.FIND_CONTACT_CHANNELS, (JavaDelegate) execution -> {
            // in the routing step's job since docs/adr/0065, so for every family of these tests
            @SuppressWarnings("unchecked")
            var recipients = (List<Object>) execution.getVariableLocal(Variable.RECIPIENTS);
            assertThat(recipients).as("the heirs, not the deceased")
                    .isEqualTo(execution.getVariable(Variable.HEIRS)).doesNotContain(DECEASED);
            execution.setVariable(Variable.DIGITAL_RECIPIENTS, new ArrayList<>(List.of("07871147986")));
            execution.setVariable(Variable.PAPER_RECIPIENTS, new ArrayList<>(List.of("12915398765")));
        });
        Mocks.register(Delegate.SEND_HEIR_LETTERS,
                (JavaDelegate) execution -> letters.add((String) execution.getVariable(Variable.LETTER)));
        Mocks.register(Delegate.SEND_HEIR_REMINDER,
                (JavaDelegate) execution -> reminders.add(((Number) execution.getVariable(Variable.DAYS_LEFT)).intValue()));
        Mocks.register(Delegate.GATHER_ESTATE_OVERVIEW,
                (JavaDelegate) execution -> overviews.add((String) execution.getVariable(Variable.ESTATE_OVERVIEW_FOR)));
        Mocks.register(Delegate.SEND_OMSTILLINGSSTONAD_DECISION, (JavaDelegate) execution -> decisionLetters.add(Benefit.OMSTILLINGSSTONAD));
        Mocks.register(Delegate.SEND_BARNEPENSJON_DECISION, (JavaDelegate) execution -> decisionLetters.add(Benefit.BARNEPENSJON));
        Mocks.register("signAndSendStandIn", (JavaDelegate) execution -> execution.setVariable(Variable.COURT_CASE_NUMBER, "26-000001DFA-TOSL"));
        courtDistrictsAre(Map.of("0301", Agency.OSLO_TINGRETT, "4601", "tingrett-THOR"));
        Mocks.register(Delegate.FIND_DISTRICT_COURT, new FindDistrictCourtListener(courtDistricts, CLOCK));
        recordDeadlineActions(deadlineActions);
        heirsAre(SPOUSE, List.of(CHILD));
        courtGivesFormuesfullmaktTo();
        Mocks.register(Delegate.RECORD_HEIR_DECLARATION, new RecordHeirDeclarationListener(answersKept));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // --- who is left behind, and the survivor benefits ---------------------------------------------------------------

    @Test
    void a_spouse_and_children_are_assessed_for_both_benefits_and_a_private_settlement_closes_the_case() {
        familyIs(true, 2, "0301");
        var instance = start();
        assertThat(instance).isWaitingAt(FIND_FAMILY);

        findFamilyAndRoute(instance);

        assertThat(instance).hasPassed(DECIDE_AGENCIES, DECIDE_SURVIVOR_BENEFITS, NOTIFY_NAV_STOP_PAYMENTS,
                        NOTIFY_NAV_SURVIVOR_BENEFITS, NOTIFY_MUNICIPALITY_FUNERAL, NOTIFY_SKATTEETATEN_ESTATE_TAX)
                .isWaitingAt(DECIDE_OMSTILLINGSSTONAD, DECIDE_BARNEPENSJON, SEND_HEIR_LETTERS, ASK_FOR_FORMUESFULLMAKT)
                .variables()
                .containsEntry(Variable.NAV_AGENCY, Agency.NAV)
                .containsEntry(Variable.FUNERAL_AGENCY, "kommune-0301")
                .containsEntry(Variable.COURT_AGENCY, Agency.OSLO_TINGRETT)
                .containsEntry(Variable.OMSTILLINGSSTONAD_MAY_APPLY, true)
                .containsEntry(Variable.BARNEPENSJON_MAY_APPLY, true)
                .containsEntry(Variable.STOP_PAYMENTS_RECEIPT, true)
                .containsEntry(Variable.SURVIVOR_BENEFITS_RECEIPT, true)
                .containsEntry(Variable.FUNERAL_RECEIPT, true)
                .containsEntry(Variable.ESTATE_TAX_RECEIPT, true);
        assertThat(noticesSent(instance)).containsExactlyInAnyOrder(
                "nav:" + Notice.STOP_PAYMENTS, "nav:" + Notice.SURVIVOR_BENEFITS,
                "kommune-0301:" + Notice.FUNERAL, "skatteetaten:" + Notice.ESTATE_TAX);

        var inAMonth = Date.from(ZonedDateTime.ofInstant(DEATH_REGISTERED, ZoneId.systemDefault()).plusMonths(1).toInstant());
        var omstillingsstonad = task(DECIDE_OMSTILLINGSSTONAD, instance);
        assertThat(omstillingsstonad).hasCandidateGroup(Agency.NAV).hasDueDate(inAMonth);
        assertForm(omstillingsstonad, Form.OMSTILLINGSSTONAD_DECISION);
        var barnepensjon = task(DECIDE_BARNEPENSJON, instance);
        assertThat(barnepensjon).hasCandidateGroup(Agency.NAV).hasDueDate(inAMonth);
        assertForm(barnepensjon, Form.BARNEPENSJON_DECISION);
        assertThat(instance).hasPassed(PREVIEW_SURVIVOR_BENEFIT_EVIDENCE);
        var preview = historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .processDefinitionKey(CalledProcess.EVIDENCE_PREVIEW).singleResult();
        assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(preview.getId()).list())
                .as("the widow sees the facts before Nav decides").extracting(v -> v.getName() + "=" + v.getValue())
                .contains("evidenceSubject=survivor-benefit", "evidenceReaders=07871147986");

        informTheHeirs(instance);
        assertThat(instance).hasPassed(FIND_CONTACT_CHANNELS, SEND_HEIR_LETTERS).variables()
                .containsEntry(Variable.HEIRS_INFORMED, true)
                .containsKeys(Variable.DIGITAL_RECIPIENTS, Variable.PAPER_RECIPIENTS);
        assertThat(letters).containsExactly(Letter.DEATH_REGISTERED);

        complete(omstillingsstonad, withVariables(DECISION_OUTCOME, "granted", DECISION_REASONS, "Married for 30 years."));
        assertThat(formVariable(barnepensjon, DECISION_OUTCOME)).as("the other decision's form starts empty").isNull();
        complete(barnepensjon, withVariables(DECISION_OUTCOME, "refused", DECISION_REASONS, "Both children are over 20."));
        assertThat(instance).isWaitingAt(SEND_OMSTILLINGSSTONAD_DECISION, SEND_BARNEPENSJON_DECISION);
        execute(job(SEND_OMSTILLINGSSTONAD_DECISION, instance));
        execute(job(SEND_BARNEPENSJON_DECISION, instance));
        assertThat(decisionLetters).containsExactlyInAnyOrder(Benefit.OMSTILLINGSSTONAD, Benefit.BARNEPENSJON);
        assertThat(instance).variables().as("each answer stays with its own decision").doesNotContainKeys(DECISION_OUTCOME, DECISION_REASONS);
        assertThat(instance).hasPassed(GATEWAY_SURVIVOR_BENEFITS_DECIDED, GATEWAY_SURVIVOR_BENEFITS_HANDLED);
        courtDecides(SettlementForm.PRIVATE);

        assertThat(instance).hasPassed(DECIDE_ESTATE_OVERVIEW_ACCESS).isWaitingAt(GATHER_ESTATE_OVERVIEW)
                .variables().containsEntry(Variable.ESTATE_OVERVIEW_FOR, EstateOverviewFor.HEIRS_WITH_SKIFTEATTEST);
        execute(job(GATHER_ESTATE_OVERVIEW, instance));
        heirsReportTheEstateSharedInTheYearOfDeath(instance);

        assertThat(overviews).containsExactly(EstateOverviewFor.HEIRS_WITH_SKIFTEATTEST);
        assertThat(instance).hasPassed(GATEWAY_ESTATE_HANDLED, GATEWAY_CASE_JOIN, END_ESTATE_SETTLED)
                .hasNotPassed(SETTLEMENT_DEADLINE_PASSED, FOLLOW_UP_PUBLIC_SETTLEMENT, NOTIFY_SKATTEETATEN_UNDIVIDED_ESTATE)
                .isEnded();
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).as("timers left behind").isZero();
    }

    @ParameterizedTest(name = "spouse {0}, {1} children under 20 -> omstillingsstønad {2}, barnepensjon {3}")
    @CsvSource({
            "true,  2, true,  true",
            "true,  0, true,  false",
            "false, 1, false, true",
            "false, 0, false, false"})
    void nav_assesses_the_survivor_benefits_the_family_may_have(boolean hasSpouse, int childrenUnder20,
            boolean omstillingsstonad, boolean barnepensjon) {
        familyIs(hasSpouse, childrenUnder20, "0301");
        var instance = start();
        findFamilyAndRoute(instance);

        assertThat(instance).variables()
                .containsEntry(Variable.OMSTILLINGSSTONAD_MAY_APPLY, omstillingsstonad)
                .containsEntry(Variable.BARNEPENSJON_MAY_APPLY, barnepensjon);
        assertThat(openDecisions(instance)).as("Nav decides each benefit that may apply")
                .isEqualTo(Stream.of(omstillingsstonad ? DECIDE_OMSTILLINGSSTONAD : null, barnepensjon ? DECIDE_BARNEPENSJON : null)
                        .filter(Objects::nonNull).collect(Collectors.toSet()));
        if (omstillingsstonad || barnepensjon) {
            assertThat(instance).hasPassed(NOTIFY_NAV_SURVIVOR_BENEFITS);
            decideSurvivorBenefits(instance);
        } else {
            assertThat(instance).hasNotPassed(NOTIFY_NAV_SURVIVOR_BENEFITS);
            assertThat(noticesSent(instance)).doesNotContain("nav:" + Notice.SURVIVOR_BENEFITS);
        }
        assertThat(decisionLetters).hasSize((omstillingsstonad ? 1 : 0) + (barnepensjon ? 1 : 0));
        assertThat(instance).hasPassed(NOTIFY_NAV_STOP_PAYMENTS, GATEWAY_SURVIVOR_BENEFITS_HANDLED, FIND_WHO_DECLARES)
                .isWaitingAt(ASK_FOR_FORMUESFULLMAKT);
    }

    @Test
    void a_death_folkeregisteret_cannot_find_goes_to_skatteetaten_and_ends_the_case() {
        Mocks.register(Delegate.FIND_FAMILY, (JavaDelegate) execution -> {
            throw new BpmnError(Error.PERSON_NOT_FOUND, "No person with this identity number");
        });
        var instance = start();
        execute(job(FIND_FAMILY, instance));

        assertThat(instance).hasPassed(PERSON_NOT_FOUND).isWaitingAt(CHECK_DEATH_REGISTRATION);

        assertOpenWorkIs(instance, CHECK_DEATH_REGISTRATION);
        var check = task(CHECK_DEATH_REGISTRATION, instance);
        assertThat(check).hasCandidateGroup(Agency.SKATTEETATEN).hasDueDate(daysAfter(DEATH_REGISTERED, 3));
        assertForm(check, Form.DEATH_REGISTRATION_CHECK);

        complete(check, withVariables(Variable.DEATH_REGISTRATION_OUTCOME, "corrected"));
        assertThat(instance).hasPassed(END_DEATH_REGISTRATION_CHECKED).hasNotPassed(DECIDE_AGENCIES).isEnded();
        assertThat(noticesSent(instance)).isEmpty();
    }

    // --- routing ----------------------------------------------------------------------------------------------------

    @Test
    void a_protected_address_never_routes_by_municipality() {
        Mocks.register(Delegate.FIND_FAMILY, (JavaDelegate) execution -> {
            execution.setVariable(Variable.HAS_SPOUSE, true);
            execution.setVariable(Variable.SPOUSE_ID, "07871147986");
            execution.setVariable(Variable.CHILDREN_UNDER_20, 1);
            execution.setVariable(Variable.HEIRS, new ArrayList<>(List.of("07871147986")));
            execution.setVariable(Variable.ADDRESS_PROTECTED, true);
        });
        var instance = start();
        findFamilyAndRoute(instance);

        assertThat(instance).variables().doesNotContainKey(Variable.RESIDENCE_MUNICIPALITY)
                .containsEntry(Variable.NAV_AGENCY, Agency.NAV_VIKAFOSSEN)
                .containsEntry(Variable.FUNERAL_AGENCY, Agency.NAV_VIKAFOSSEN)
                .containsEntry(Variable.COURT_AGENCY, Agency.OSLO_TINGRETT);
        assertThat(task(DECIDE_OMSTILLINGSSTONAD, instance)).hasCandidateGroup(Agency.NAV_VIKAFOSSEN);
        assertThat(task(DECIDE_BARNEPENSJON, instance)).hasCandidateGroup(Agency.NAV_VIKAFOSSEN);
        assertThat(noticesSent(instance)).containsExactlyInAnyOrder(
                "nav-vikafossen:" + Notice.STOP_PAYMENTS, "nav-vikafossen:" + Notice.SURVIVOR_BENEFITS,
                "nav-vikafossen:" + Notice.FUNERAL, "skatteetaten:" + Notice.ESTATE_TAX);
        assertThat(noticesSent(instance)).noneMatch(notice -> notice.startsWith(Agency.MUNICIPALITY_PREFIX));
    }

    @Test
    void the_municipality_where_the_deceased_lived_is_told_about_the_funeral() {
        familyIs(false, 0, "4601");
        var instance = start();
        findFamilyAndRoute(instance);

        assertThat(instance).variables().containsEntry(Variable.FUNERAL_AGENCY, "kommune-4601");
        assertThat(noticesSent(instance)).contains("kommune-4601:" + Notice.FUNERAL);
    }

    @Test
    void a_municipality_with_no_court_district_stops_the_routing_with_an_incident_that_names_it_until_its_court_is_added() {
        familyIs(false, 0, "5061");
        var instance = start();
        execute(job(FIND_FAMILY, instance));

        var routing = job(DECIDE_AGENCIES, instance);
        assertThatThrownBy(() -> execute(routing)).hasMessageContaining("No district court is known for municipality 5061");
        assertThat(jobQuery().jobId(routing.getId()).singleResult().getRetries()).as("no retry can find a court").isZero();
        var incident = runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(DECIDE_AGENCIES);
        assertThat(incident.getIncidentMessage()).contains("5061", "POST /api/reference-data/court-districts");
        assertThat(instance).hasNotPassed(DECIDE_AGENCIES).variables().doesNotContainKey(Variable.COURT_AGENCY);
        assertThat(noticesSent(instance)).as("no office is told before the case is routed whole").isEmpty();

        courtDistrictsAre(Map.of("5061", "tingrett-TTRO"));
        managementService().setJobRetries(routing.getId(), 1);
        execute(job(DECIDE_AGENCIES, instance));

        assertThat(instance).hasPassed(DECIDE_AGENCIES).variables()
                .containsEntry(Variable.COURT_AGENCY, "tingrett-TTRO")
                .containsEntry(Variable.FUNERAL_AGENCY, "kommune-5061");
        assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    // --- the heirs and the 60-day deadline --------------------------------------------------------------------------

    @Test
    void the_heirs_are_reminded_after_30_and_50_days_while_the_choice_is_open() {
        familyIs(false, 0, "0301");
        var instance = start();
        findFamilyAndRoute(instance);
        informTheHeirs(instance);

        ClockUtil.setCurrentTime(daysAfter(DEATH_REGISTERED, 30));
        execute(job(THIRTY_DAYS_PASSED, instance));
        assertThat(instance).isWaitingAt(REMIND_HEIRS_AFTER_30_DAYS, ASK_FOR_FORMUESFULLMAKT);
        execute(job(REMIND_HEIRS_AFTER_30_DAYS, instance));

        ClockUtil.setCurrentTime(daysAfter(DEATH_REGISTERED, 50));
        execute(job(FIFTY_DAYS_PASSED, instance));
        execute(job(REMIND_HEIRS_AFTER_50_DAYS, instance));

        assertThat(reminders).containsExactly(30, 10);
        assertThat(instance).hasPassed(END_HEIRS_REMINDED_AFTER_30_DAYS, END_HEIRS_REMINDED_AFTER_50_DAYS)
                .isWaitingAt(ASK_FOR_FORMUESFULLMAKT);
        assertOpenWorkIs(instance, ASK_FOR_FORMUESFULLMAKT);
        assertThat(jobQuery().processInstanceId(instance.getId()).activityId(DECLARATION_DEADLINE_PASSED).count()).isOne();
    }

    @Test
    void when_60_days_pass_without_a_choice_the_court_follows_up_and_the_case_waits_for_its_decision() {
        familyIs(true, 0, "0301");
        var instance = start();
        findFamilyAndRoute(instance);
        informTheHeirs(instance);
        decideSurvivorBenefits(instance);

        var deadline = daysAfter(DEATH_REGISTERED, 60);
        ClockUtil.setCurrentTime(deadline);
        execute(job(DECLARATION_DEADLINE_PASSED, instance));
        assertThat(instance).isWaitingAt(AWAIT_SETTLEMENT_DECISION);
        execute(job(SETTLEMENT_DEADLINE_PASSED, instance));

        assertThat(instance).hasPassed(DECLARATION_DEADLINE_PASSED, GATEWAY_WAIT_FOR_THE_COURT, SETTLEMENT_DEADLINE_PASSED)
                .isWaitingAt(FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM);

        assertOpenWorkIs(instance, FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM);
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).as("reminders cancelled with the wait; the task's deadline timers")
                .isEqualTo(2);
        assertThat(jobQuery().processInstanceId(instance.getId()).activityId(FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM_DEADLINE_NEAR).count()).isOne();
        assertThat(jobQuery().processInstanceId(instance.getId()).activityId(FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM_DEADLINE_PASSED).count()).isOne();
        var followUp = task(FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM, instance);
        assertThat(followUp).hasCandidateGroup(Agency.OSLO_TINGRETT).hasDueDate(daysAfter(deadline, 14));
        assertForm(followUp, Form.SETTLEMENT_FORM_FOLLOW_UP);

        complete(followUp, withVariables(Variable.SETTLEMENT_FOLLOW_UP_OUTCOME, "heirs-contacted"));
        assertThat(instance).isWaitingAt(AWAIT_SETTLEMENT_DECISION_AGAIN);
        assertOpenWorkIs(instance, AWAIT_SETTLEMENT_DECISION_AGAIN);

        courtDecides(SettlementForm.PRIVATE);
        execute(job(GATHER_ESTATE_OVERVIEW, instance));
        heirsReportTheEstateSharedInTheYearOfDeath(instance);
        assertThat(instance).hasPassed(GATEWAY_DECISION_AFTER_FOLLOW_UP, GATEWAY_SETTLEMENT_DECISION_RECEIVED, END_ESTATE_SETTLED)
                .isEnded();
    }

    @Test
    void the_court_may_decide_while_its_follow_up_is_still_open() {
        familyIs(false, 0, "0301");
        var instance = start();
        findFamilyAndRoute(instance);
        informTheHeirs(instance);
        execute(job(DECLARATION_DEADLINE_PASSED, instance));
        execute(job(SETTLEMENT_DEADLINE_PASSED, instance));
        assertThat(instance).isWaitingAt(FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM);

        courtDecides(SettlementForm.PUBLIC);

        assertThat(instance).hasPassed(SETTLEMENT_DECIDED_DURING_FOLLOW_UP, GATEWAY_DECISION_AFTER_FOLLOW_UP)
                .hasNotPassed(AWAIT_SETTLEMENT_DECISION_AGAIN)
                .isWaitingAt(FOLLOW_UP_PUBLIC_SETTLEMENT);

        assertOpenWorkIs(instance, FOLLOW_UP_PUBLIC_SETTLEMENT);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM).count()).isZero();
    }

    // --- the heirs' declaration (docs/adr/0061) ---------------------------------------------------------------------

    @Test
    void the_heirs_the_court_gives_a_formuesfullmakt_see_the_estate_before_they_choose() {
        courtGivesFormuesfullmaktTo(SPOUSE, CHILD);
        var instance = heirsAreAsked(List.of());

        assertThat(instance).hasPassed(ASK_FOR_FORMUESFULLMAKT, DECIDE_OVERVIEW_BEFORE_THE_CHOICE, GATEWAY_MAY_THE_HEIRS_SEE_THE_ESTATE)
                .isWaitingAt(GATHER_OVERVIEW_BEFORE_THE_CHOICE).variables()
                .containsEntry(Variable.ESTATE_OVERVIEW_FOR, EstateOverviewFor.HEIRS_WITH_FORMUESFULLMAKT);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(DECLARE_SETTLEMENT).count())
                .as("no heir is asked before the overview is there").isZero();
        execute(job(GATHER_OVERVIEW_BEFORE_THE_CHOICE, instance));

        assertThat(overviews).containsExactly(EstateOverviewFor.HEIRS_WITH_FORMUESFULLMAKT);
        assertThat(instance).hasPassed(GATEWAY_HEIRS_MAY_ANSWER).hasNotPassed(HEIRS_CHOOSE_WITHOUT_THE_OVERVIEW)
                .isWaitingAt(DECLARE_SETTLEMENT);
        heirAnswers(instance, SPOUSE, HeirChoice.PRIVATE_SETTLEMENT, true);
        heirAnswers(instance, CHILD, HeirChoice.PRIVATE_SETTLEMENT, false);
        previewAndSign(instance);
        courtDecides(SettlementForm.PRIVATE);

        assertThat(instance).as("the court's decision, not the formuesfullmakt, decides who sees the estate from now on")
                .isWaitingAt(GATHER_ESTATE_OVERVIEW).variables()
                .containsEntry(Variable.ESTATE_OVERVIEW_FOR, EstateOverviewFor.HEIRS_WITH_SKIFTEATTEST);
    }

    @Test
    void a_court_that_gives_no_formuesfullmakt_does_not_stop_the_heirs_who_choose_without_the_overview() {
        var instance = heirsAreAsked(List.of());

        assertThat(instance).hasPassed(ASK_FOR_FORMUESFULLMAKT, DECIDE_OVERVIEW_BEFORE_THE_CHOICE, GATEWAY_MAY_THE_HEIRS_SEE_THE_ESTATE,
                        HEIRS_CHOOSE_WITHOUT_THE_OVERVIEW, GATEWAY_HEIRS_MAY_ANSWER)
                .hasNotPassed(GATHER_OVERVIEW_BEFORE_THE_CHOICE)
                .isWaitingAt(DECLARE_SETTLEMENT).variables()
                .containsEntry(Variable.FORMUESFULLMAKT_GRANTED, false)
                .containsEntry(Variable.ESTATE_OVERVIEW_FOR, EstateOverviewFor.NONE);
        assertThat(overviews).isEmpty();
    }

    @Test
    void when_every_heir_agrees_to_private_settlement_and_one_takes_on_the_debts_the_declaration_is_previewed_signed_and_sent() {
        var instance = heirsAreAsked(List.of());
        assertForm(taskService().createTaskQuery().taskAssignee(SPOUSE).singleResult(), Form.SETTLEMENT_DECLARATION);

        heirAnswers(instance, SPOUSE, HeirChoice.PRIVATE_SETTLEMENT, true);
        assertThat(runtimeService().getVariable(instance.getId(), Variable.HEIRS_YET_TO_ANSWER)).isEqualTo(List.of(CHILD));
        heirAnswers(instance, CHILD, HeirChoice.PRIVATE_SETTLEMENT, false);
        assertThat(instance).as("the answer is kept before anything is called").isWaitingAt(PREVIEW_EVIDENCE);
        previewAndSign(instance);

        assertThat(instance).hasPassed(DECIDE_WHICH_CHOICE_HOLDS, PREVIEW_EVIDENCE, SIGN_AND_SEND_DECLARATION, END_DECLARATION_SENT)
                .isWaitingAt(AWAIT_SETTLEMENT_DECISION).variables()
                .containsEntry(Variable.DECLARATION_CHOICE, DeclarationChoice.PRIVATE_SETTLEMENT)
                .containsEntry(Variable.DECLARATION_SIGNERS, List.of(SPOUSE, CHILD))
                .containsEntry(Variable.DEBT_TAKERS, List.of(SPOUSE))
                .containsEntry(Variable.COURT_CASE_NUMBER, "26-000001DFA-TOSL");
        assertThat(letters).doesNotContain(Letter.DECLARATION_NOT_AGREED);
        Mockito.verify(answersKept).answer(CASE_REF, SPOUSE, HeirChoice.PRIVATE_SETTLEMENT, true);
        Mockito.verify(answersKept).answer(CASE_REF, CHILD, HeirChoice.PRIVATE_SETTLEMENT, false);
        courtDecides(SettlementForm.PRIVATE);
        assertThat(instance).hasPassed(AWAIT_SETTLEMENT_DECISION);
    }

    @Test
    void when_one_heir_refuses_private_settlement_and_nobody_asks_for_public_settlement_no_declaration_is_sent_and_the_heirs_are_told_why() {
        var instance = heirsAreAsked(List.of());
        heirAnswers(instance, SPOUSE, HeirChoice.PRIVATE_SETTLEMENT, true);
        heirAnswers(instance, CHILD, HeirChoice.REFUSE_PRIVATE_SETTLEMENT, false);

        execute(job(TELL_HEIRS_NO_CHOICE_HOLDS, instance));
        assertThat(instance).hasPassed(END_NO_DECLARATION_SENT).hasNotPassed(PREVIEW_EVIDENCE, SIGN_AND_SEND_DECLARATION)
                .isWaitingAt(AWAIT_SETTLEMENT_DECISION).variables()
                .containsEntry(Variable.DECLARATION_CHOICE, DeclarationChoice.NONE);
        assertThat(letters).contains(Letter.DECLARATION_NOT_AGREED);
        assertThat(historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .processDefinitionKey(CalledProcess.SIGN_AND_SEND_DECLARATION).count()).isZero();
    }

    @Test
    void when_no_heir_takes_on_the_debts_private_settlement_does_not_hold() {
        var instance = heirsAreAsked(List.of());
        heirAnswers(instance, SPOUSE, HeirChoice.PRIVATE_SETTLEMENT, false);
        heirAnswers(instance, CHILD, HeirChoice.PRIVATE_SETTLEMENT, false);

        execute(job(TELL_HEIRS_NO_CHOICE_HOLDS, instance));
        assertThat(letters).contains(Letter.DECLARATION_NOBODY_TAKES_ON_DEBTS);
        assertThat(instance).hasNotPassed(SIGN_AND_SEND_DECLARATION);
    }

    @Test
    void the_spouses_undivided_estate_does_not_hold_when_a_stepchild_does_not_consent() {
        var instance = heirsAreAsked(List.of(CHILD));
        heirAnswers(instance, SPOUSE, HeirChoice.UNDIVIDED_ESTATE, false);
        heirAnswers(instance, CHILD, HeirChoice.PRIVATE_SETTLEMENT, false);

        execute(job(TELL_HEIRS_NO_CHOICE_HOLDS, instance));
        assertThat(letters).contains(Letter.DECLARATION_WITHOUT_CONSENT);
        assertThat(instance).hasNotPassed(SIGN_AND_SEND_DECLARATION).isWaitingAt(AWAIT_SETTLEMENT_DECISION);
    }

    @Test
    void the_spouses_undivided_estate_holds_when_every_stepchild_consents() {
        var instance = heirsAreAsked(List.of(CHILD));
        heirAnswers(instance, SPOUSE, HeirChoice.UNDIVIDED_ESTATE, false);
        heirAnswers(instance, CHILD, HeirChoice.UNDIVIDED_ESTATE, false);
        previewAndSign(instance);

        assertThat(instance).hasPassed(SIGN_AND_SEND_DECLARATION).variables()
                .containsEntry(Variable.DECLARATION_CHOICE, DeclarationChoice.UNDIVIDED_ESTATE);
    }

    @Test
    void a_declaration_that_does_not_reach_the_court_is_told_to_every_heir_and_the_case_waits_for_the_court() {
        Mocks.register("signAndSendStandIn", (JavaDelegate) execution -> {
            throw new BpmnError(SigningVariables.ERROR_NOT_SENT, "Not every heir signed in time");
        });
        var instance = heirsAreAsked(List.of());
        heirAnswers(instance, SPOUSE, HeirChoice.PRIVATE_SETTLEMENT, true);
        heirAnswers(instance, CHILD, HeirChoice.PRIVATE_SETTLEMENT, false);

        previewAndSign(instance);
        execute(job(TELL_HEIRS_DECLARATION_NOT_SENT, instance));

        assertThat(instance).hasPassed(DECLARATION_NOT_SENT, TELL_HEIRS_DECLARATION_NOT_SENT, END_NO_DECLARATION_SENT)
                .hasNotPassed(END_DECLARATION_SENT).isWaitingAt(AWAIT_SETTLEMENT_DECISION);
        assertThat(letters).contains(Letter.DECLARATION_NOT_SENT);
    }

    @Test
    void one_heir_asking_for_public_settlement_decides_it_without_waiting_for_the_others() {
        var instance = heirsAreAsked(List.of());
        heirAnswers(instance, CHILD, HeirChoice.PUBLIC_SETTLEMENT, false);

        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(DECLARE_SETTLEMENT).count())
                .as("the spouse's task ends: the choice is made").isZero();
        previewAndSign(instance);
        assertThat(instance).hasPassed(SIGN_AND_SEND_DECLARATION).variables()
                .containsEntry(Variable.DECLARATION_CHOICE, DeclarationChoice.PUBLIC_SETTLEMENT)
                .containsEntry(Variable.DECLARATION_SIGNERS, List.of(CHILD));
    }

    @Test
    void the_reminders_go_only_to_the_heirs_who_have_not_answered() {
        var instance = heirsAreAsked(List.of());
        heirAnswers(instance, SPOUSE, HeirChoice.PRIVATE_SETTLEMENT, true);
        var onlyTo = new ArrayList<Object>();
        Mocks.register(Delegate.SEND_HEIR_REMINDER, (JavaDelegate) execution -> onlyTo.add(execution.getVariableLocal(Variable.ONLY_TO)));

        execute(job(THIRTY_DAYS_PASSED, instance));
        execute(job(REMIND_HEIRS_AFTER_30_DAYS, instance));

        assertThat(onlyTo).containsExactly(List.of(CHILD));
    }

    // --- after the skifteattest (docs/adr/0061) ------------------------------------------------------------------------

    @Test
    void after_private_settlement_the_heirs_share_the_estate_and_send_its_tax_return_with_reminders_until_the_case_closes() {
        familyIs(true, 0, "0301");
        var instance = start();
        findFamilyAndRoute(instance);
        informTheHeirs(instance);
        decideSurvivorBenefits(instance);
        courtDecides(SettlementForm.PRIVATE);
        execute(job(GATHER_ESTATE_OVERVIEW, instance));

        assertThat(instance).hasPassed(GATEWAY_MUST_THE_HEIRS_SHARE).isWaitingAt(SHARE_THE_ESTATE);
        var share = task(SHARE_THE_ESTATE, instance);
        assertThat(share).hasCandidateUser(SPOUSE).hasCandidateUser(CHILD).hasDueDate(Date.from(ZonedDateTime.ofInstant(DEATH_REGISTERED, ZoneId.systemDefault()).plusMonths(6).toInstant()));
        assertForm(share, Form.DISTRIBUTION_REPORT);

        execute(job(SHARING_REMINDER_DUE, instance));
        execute(job(REMIND_HEIRS_TO_SHARE, instance));
        assertThat(letters).contains(Letter.SHARING_REMINDER);
        complete(share, withVariables(Variable.ESTATE_SHARED, true, Variable.ESTATE_SETTLED_IN_THE_YEAR_OF_DEATH, "no"));

        assertThat(instance).hasPassed(GATEWAY_ESTATE_TAX_RETURN_DUE, END_HEIRS_REMINDED_TO_SHARE).isWaitingAt(FILE_ESTATE_TAX_RETURN);
        var taxReturn = task(FILE_ESTATE_TAX_RETURN, instance);
        assertThat(taxReturn).hasCandidateUser(SPOUSE);
        assertForm(taxReturn, Form.ESTATE_TAX_RETURN);
        execute(job(TAX_RETURN_REMINDER_DUE, instance));
        execute(job(REMIND_HEIRS_OF_TAX_RETURN, instance));
        assertThat(letters).contains(Letter.TAX_RETURN_REMINDER);
        complete(taxReturn, withVariables(Variable.ESTATE_TAX_RETURN_SENT, true));

        assertThat(instance).hasPassed(END_HEIRS_REMINDED_OF_TAX_RETURN, GATEWAY_ESTATE_REPORTED, END_ESTATE_SETTLED).isEnded();
    }

    @Test
    void an_estate_shared_in_the_year_of_death_sends_no_tax_return_of_its_own() {
        familyIs(true, 0, "0301");
        var instance = start();
        findFamilyAndRoute(instance);
        informTheHeirs(instance);
        decideSurvivorBenefits(instance);
        courtDecides(SettlementForm.SMALL_ESTATE);
        execute(job(GATHER_ESTATE_OVERVIEW, instance));
        complete(task(SHARE_THE_ESTATE, instance),
                withVariables(Variable.ESTATE_SHARED, true, Variable.ESTATE_SETTLED_IN_THE_YEAR_OF_DEATH, "yes"));

        assertThat(instance).hasNotPassed(FILE_ESTATE_TAX_RETURN).hasPassed(GATEWAY_ESTATE_REPORTED, END_ESTATE_SETTLED).isEnded();
    }

    /** The heirs' report after a skifteattest, where the case asks for it; an undivided estate asks for none. */
    private static void heirsReportTheEstateSharedInTheYearOfDeath(ProcessInstance instance) {
        var share = taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(SHARE_THE_ESTATE).singleResult();
        if (share != null) {
            complete(share, withVariables(Variable.ESTATE_SHARED, true, Variable.ESTATE_SETTLED_IN_THE_YEAR_OF_DEATH, "yes"));
        }
    }

    /** The called processes start in their own jobs, so an heir's answer is kept even if one of them cannot start. */
    private static void previewAndSign(ProcessInstance instance) {
        execute(job(PREVIEW_EVIDENCE, instance));
        execute(job(SIGN_AND_SEND_DECLARATION, instance));
    }

    private ProcessInstance heirsAreAsked(List<String> stepchildren) {
        familyIs(true, 0, "0301");
        heirsAre(SPOUSE, stepchildren);
        var instance = start();
        findFamilyAndRoute(instance);
        informTheHeirs(instance);
        execute(job(ASK_FOR_FORMUESFULLMAKT, instance));
        return instance;
    }

    // --- the forms of settlement ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}: estate overview for {1}")
    @CsvSource({
            "PRIVAT_SKIFTE,                           heirs-with-skifteattest,     false",
            "USKIFTE,                                 surviving-spouse,            true",
            "PRIVAT_SKIFTE_AV_DODSBO_MED_LITEN_VERDI, heirs-taking-responsibility, false"})
    void the_estate_overview_goes_only_to_those_the_court_gave_access(String settlementForm, String overviewFor,
            boolean skatteetatenToldOfUndividedEstate) {
        familyIs(true, 0, "0301");
        var instance = start();
        findFamilyAndRoute(instance);
        informTheHeirs(instance);
        decideSurvivorBenefits(instance);

        courtDecides(settlementForm);
        assertThat(instance).hasPassed(DECIDE_ESTATE_OVERVIEW_ACCESS, GATEWAY_SETTLEMENT_FORM, GATEWAY_ESTATE_OVERVIEW_DUE)
                .isWaitingAt(GATHER_ESTATE_OVERVIEW);
        assertOpenWorkIs(instance, GATHER_ESTATE_OVERVIEW);
        execute(job(GATHER_ESTATE_OVERVIEW, instance));
        heirsReportTheEstateSharedInTheYearOfDeath(instance);

        assertThat(overviews).containsExactly(overviewFor);
        assertThat(noticesSent(instance).contains("skatteetaten:" + Notice.UNDIVIDED_ESTATE))
                .isEqualTo(skatteetatenToldOfUndividedEstate);
        if (skatteetatenToldOfUndividedEstate) {
            assertThat(instance).hasPassed(NOTIFY_SKATTEETATEN_UNDIVIDED_ESTATE).variables()
                    .containsEntry(Variable.UNDIVIDED_ESTATE_RECEIPT, true);
        } else {
            assertThat(instance).hasNotPassed(NOTIFY_SKATTEETATEN_UNDIVIDED_ESTATE);
        }
        assertThat(instance).hasNotPassed(FOLLOW_UP_PUBLIC_SETTLEMENT).hasPassed(END_ESTATE_SETTLED).isEnded();
    }

    @Test
    void a_public_settlement_gives_no_overview_and_ends_when_the_court_reports_the_estate_settled() {
        familyIs(false, 0, "0301");
        var instance = start();
        findFamilyAndRoute(instance);
        informTheHeirs(instance);

        ClockUtil.setCurrentTime(daysAfter(DEATH_REGISTERED, 20));
        courtDecides(SettlementForm.PUBLIC);

        assertThat(instance).isWaitingAt(FOLLOW_UP_PUBLIC_SETTLEMENT).variables()
                .containsEntry(Variable.ESTATE_OVERVIEW_FOR, EstateOverviewFor.NONE);

        assertOpenWorkIs(instance, FOLLOW_UP_PUBLIC_SETTLEMENT);
        var publicSettlement = task(FOLLOW_UP_PUBLIC_SETTLEMENT, instance);
        assertThat(publicSettlement).hasCandidateGroup(Agency.OSLO_TINGRETT).hasDueDate(daysAfter(DEATH_REGISTERED, 34));
        assertForm(publicSettlement, Form.PUBLIC_SETTLEMENT);

        complete(publicSettlement, withVariables(Variable.ESTATE_ADMINISTRATOR_NAME, "Advokat Nordmann"));
        assertThat(instance).isWaitingAt(ESTATE_SETTLED_BY_COURT);
        assertOpenWorkIs(instance, ESTATE_SETTLED_BY_COURT);

        runtimeService().createMessageCorrelation(Message.ESTATE_SETTLED).processInstanceBusinessKey(CASE_REF).correlate();

        assertThat(overviews).isEmpty();
        assertThat(instance).hasNotPassed(GATHER_ESTATE_OVERVIEW).hasPassed(END_ESTATE_SETTLED).isEnded();
    }

    @Test
    void a_public_settlement_may_be_finished_before_the_court_closes_its_task() {
        familyIs(false, 0, "0301");
        var instance = start();
        findFamilyAndRoute(instance);
        informTheHeirs(instance);
        courtDecides(SettlementForm.PUBLIC);
        assertThat(instance).isWaitingAt(FOLLOW_UP_PUBLIC_SETTLEMENT);

        runtimeService().createMessageCorrelation(Message.ESTATE_SETTLED).processInstanceBusinessKey(CASE_REF).correlate();

        assertThat(instance).hasPassed(ESTATE_SETTLED_DURING_FOLLOW_UP, GATEWAY_PUBLIC_SETTLEMENT_DONE, END_ESTATE_SETTLED)
                .hasNotPassed(ESTATE_SETTLED_BY_COURT).isEnded();
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    // --- messages while the case runs -------------------------------------------------------------------------------

    @Test
    void a_withdrawn_death_registration_stops_the_case_and_withdraws_every_notice_and_letter() {
        familyIs(true, 1, "0301");
        var instance = start();
        findFamilyAndRoute(instance);
        informTheHeirs(instance);
        assertThat(instance).isWaitingAt(DECIDE_OMSTILLINGSSTONAD, DECIDE_BARNEPENSJON, ASK_FOR_FORMUESFULLMAKT);

        runtimeService().createMessageCorrelation(Message.PERSON_REACTIVATED).processInstanceBusinessKey(CASE_REF).correlate();

        assertThat(instance).hasPassed(START_PERSON_REACTIVATED, GATEWAY_WITHDRAWAL_FORK, WITHDRAW_NAV_NOTICES,
                        WITHDRAW_FUNERAL_NOTICE, WITHDRAW_ESTATE_TAX_NOTICE)
                .isWaitingAt(INFORM_HEIRS_OF_WITHDRAWAL);

        assertOpenWorkIs(instance, INFORM_HEIRS_OF_WITHDRAWAL);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).as("open tasks").isZero();
        execute(job(INFORM_HEIRS_OF_WITHDRAWAL, instance));

        assertThat(letters).containsExactly(Letter.DEATH_REGISTERED, Letter.DEATH_WITHDRAWN);
        assertThat(noticesSent(instance)).contains("nav:" + Notice.WITHDRAWN_NAV,
                "kommune-0301:" + Notice.WITHDRAWN_FUNERAL, "skatteetaten:" + Notice.WITHDRAWN_ESTATE_TAX);
        assertThat(instance).hasPassed(GATEWAY_WITHDRAWAL_JOIN, END_DEATH_REGISTRATION_WITHDRAWN)
                .hasNotPassed(END_ESTATE_SETTLED).isEnded();
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).as("timers left behind").isZero();
    }

    @Test
    void a_death_withdrawn_before_the_heirs_were_written_to_withdraws_only_the_notices() {
        familyIs(false, 0, "0301");
        var instance = start();
        findFamilyAndRoute(instance);

        runtimeService().createMessageCorrelation(Message.PERSON_REACTIVATED).processInstanceBusinessKey(CASE_REF).correlate();

        assertThat(instance).hasPassed(GATEWAY_HEIRS_WERE_TOLD, GATEWAY_HEIR_WITHDRAWAL_HANDLED, END_DEATH_REGISTRATION_WITHDRAWN)
                .hasNotPassed(INFORM_HEIRS_OF_WITHDRAWAL, SEND_HEIR_LETTERS).isEnded();
        assertThat(letters).isEmpty();
        assertThat(noticesSent(instance)).contains("nav:" + Notice.WITHDRAWN_NAV);
    }

    @Test
    void a_death_withdrawn_before_anyone_was_told_just_ends_the_case() {
        familyIs(true, 2, "0301");
        var instance = start();

        runtimeService().createMessageCorrelation(Message.PERSON_REACTIVATED).processInstanceBusinessKey(CASE_REF).correlate();

        assertThat(instance).hasPassed(GATEWAY_WAS_ANYONE_TOLD, END_WITHDRAWN_BEFORE_ANY_NOTICE)
                .hasNotPassed(FIND_FAMILY, GATEWAY_WITHDRAWAL_FORK).isEnded();
        assertThat(noticesSent(instance)).isEmpty();
        assertThat(jobQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void a_death_registered_again_is_noted_and_changes_nothing() {
        familyIs(true, 0, "0301");
        var instance = start();
        findFamilyAndRoute(instance);

        runtimeService().createMessageCorrelation(Message.DEATH_REGISTERED_AGAIN).processInstanceBusinessKey(CASE_REF).correlate();
        runtimeService().createMessageCorrelation(Message.DEATH_REGISTERED_AGAIN).processInstanceBusinessKey(CASE_REF).correlate();

        assertThat(instance).hasPassed(START_DEATH_REGISTERED_AGAIN, END_DEATH_REGISTERED_AGAIN_NOTED)
                .isWaitingAt(DECIDE_OMSTILLINGSSTONAD, SEND_HEIR_LETTERS, ASK_FOR_FORMUESFULLMAKT)
                .isNotEnded();

        assertOpenWorkIs(instance, DECIDE_OMSTILLINGSSTONAD, SEND_HEIR_LETTERS, ASK_FOR_FORMUESFULLMAKT);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(START_DEATH_REGISTERED_AGAIN).count()).isEqualTo(2);
    }

    // --- deadlines of agency tasks (ADR 0025) -------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
            "Task_CheckDeathRegistration, CheckDeathRegistration",
            "Task_DecideOmstillingsstonad, DecideOmstillingsstonad",
            "Task_DecideBarnepensjon, DecideBarnepensjon",
            "Task_FollowUpEstateWithoutSettlementForm, FollowUpEstateWithoutSettlementForm",
            "Task_FollowUpPublicSettlement, FollowUpPublicSettlement"})
    void an_agency_task_is_reminded_two_days_before_its_due_date_and_escalated_at_it(String taskId, String name) {
        var instance = runtimeService().createProcessInstanceByKey(DeathAndInheritance.PROCESS_ID).businessKey(CASE_REF)
                .startBeforeActivity(taskId)
                .setVariable(Variable.CASE_REF, CASE_REF)
                .setVariable(Variable.NAV_AGENCY, Agency.NAV)
                .setVariable(Variable.COURT_AGENCY, Agency.OSLO_TINGRETT)
                .execute();
        var task = task(taskId, instance);
        assertThat(task.getDueDate()).isAfter(Date.from(DEATH_REGISTERED));
        var near = jobQuery().processInstanceId(instance.getId()).activityId("Timer_" + name + "DeadlineNear").timers().singleResult();
        var passed = jobQuery().processInstanceId(instance.getId()).activityId("Timer_" + name + "DeadlinePassed").timers().singleResult();
        assertThat(near.getDuedate()).isEqualTo(Date.from(task.getDueDate().toInstant().minus(java.time.Duration.ofDays(2))));
        assertThat(passed.getDuedate()).isEqualTo(task.getDueDate());

        execute(near);
        execute(passed);

        assertThat(deadlineActions).containsExactly("remind Task_Remind" + name, "escalate Task_Escalate" + name);
        assertThat(instance).isWaitingAt(taskId).hasPassed("EndEvent_" + name + "Reminded", "EndEvent_" + name + "Escalated");
        assertThat(task(taskId, instance).getId()).as("the same task, still open").isEqualTo(task.getId());
    }

    // --- database transactions to all automatic steps done (docs/adr/0065-fewer-transactions-per-case.md) -----------
    // The one that opens the case, then one per job and one per receipt, listed here. The real notify-agency, so that its
    // jobs and receipts count; then the heirs wait for their answers, Nav's caseworkers and the widow for the facts.
    // A step added or split asks for the ADR to change first.

    @Test
    @Deployment(resources = {
            "no/lifecase/lifeevent/deathandinheritance/death-and-inheritance.bpmn",
            "no/lifecase/agency/notify-agency.bpmn",
            "stubs/evidence-preview-stub.bpmn20.xml",
            "stubs/sign-and-send-declaration-stub.bpmn20.xml",
            "no/lifecase/lifeevent/deathandinheritance/decisions/estate-declaration.dmn",
            "no/lifecase/lifeevent/deathandinheritance/decisions/survivor-benefit.dmn",
            "no/lifecase/lifeevent/deathandinheritance/decisions/death-agency-routing.dmn",
            "no/lifecase/lifeevent/deathandinheritance/decisions/estate-overview-access.dmn"})
    void a_death_that_leaves_a_spouse_takes_fourteen_transactions() {
        AutomaticSteps.agenciesTakeEveryNotice();
        familyIs(true, 0, "0301");
        courtGivesFormuesfullmaktTo(SPOUSE, CHILD);
        start();

        // the look-up; the routing with the reads after it; four notices and their receipts; the letters; the request
        // to the court; the estate overview its answer allows; and the case's opening
        assertThat(AutomaticSteps.untilSettled()).containsExactlyInAnyOrder(FIND_FAMILY, DECIDE_AGENCIES,
                "Task_SendNotice to nav", "Task_SendNotice to kommune-0301", "Task_SendNotice to skatteetaten", "Task_SendNotice to nav",
                "receipt from nav", "receipt from kommune-0301", "receipt from skatteetaten", "receipt from nav",
                SEND_HEIR_LETTERS, ASK_FOR_FORMUESFULLMAKT, GATHER_OVERVIEW_BEFORE_THE_CHOICE);
    }

    @Test
    @Deployment(resources = {
            "no/lifecase/lifeevent/deathandinheritance/death-and-inheritance.bpmn",
            "no/lifecase/agency/notify-agency.bpmn",
            "stubs/evidence-preview-stub.bpmn20.xml",
            "stubs/sign-and-send-declaration-stub.bpmn20.xml",
            "no/lifecase/lifeevent/deathandinheritance/decisions/estate-declaration.dmn",
            "no/lifecase/lifeevent/deathandinheritance/decisions/survivor-benefit.dmn",
            "no/lifecase/lifeevent/deathandinheritance/decisions/death-agency-routing.dmn",
            "no/lifecase/lifeevent/deathandinheritance/decisions/estate-overview-access.dmn"})
    void a_death_that_leaves_only_adult_children_takes_eleven_transactions() {
        AutomaticSteps.agenciesTakeEveryNotice();
        familyIs(false, 0, "0301");
        start();

        // no survivor benefits to assess, and a court that gives no formuesfullmakt: no overview to gather
        assertThat(AutomaticSteps.untilSettled()).containsExactlyInAnyOrder(FIND_FAMILY, DECIDE_AGENCIES,
                "Task_SendNotice to nav", "Task_SendNotice to kommune-0301", "Task_SendNotice to skatteetaten",
                "receipt from nav", "receipt from kommune-0301", "receipt from skatteetaten",
                SEND_HEIR_LETTERS, ASK_FOR_FORMUESFULLMAKT);
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    /**
     * Folkeregisteret's answer, then the routing, a step of its own so that a municipality with no court stops only it;
     * it also finds how to reach the heirs and who answers for each (docs/adr/0065).
     */
    private static void findFamilyAndRoute(ProcessInstance instance) {
        execute(job(FIND_FAMILY, instance));
        execute(job(DECIDE_AGENCIES, instance));
    }

    /** The court districts in force on the day of routing, as the dated reference data would give them. */
    private void courtDistrictsAre(Map<String, String> courts) {
        Mockito.reset(courtDistricts);
        Mockito.when(courtDistricts.courtOf(Mockito.anyString(), Mockito.any()))
                .thenAnswer(call -> Optional.ofNullable(courts.get(call.<String>getArgument(0))));
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(DeathAndInheritance.PROCESS_ID, CASE_REF,
                Map.of(Variable.CASE_REF, CASE_REF, Variable.SUBJECT, DECEASED));
    }

    private static void familyIs(boolean hasSpouse, int childrenUnder20, String municipality) {
        Mocks.register(Delegate.FIND_FAMILY, (JavaDelegate) execution -> {
            execution.setVariable(Variable.HAS_SPOUSE, hasSpouse);
            if (hasSpouse) {
                execution.setVariable(Variable.SPOUSE_ID, "07871147986");
            }
            execution.setVariable(Variable.CHILDREN_UNDER_20, childrenUnder20);
            execution.setVariable(Variable.HEIRS, new ArrayList<>(List.of("07871147986", "12915398765")));
            execution.setVariable(Variable.RESIDENCE_MUNICIPALITY, municipality);
            execution.setVariable(Variable.ADDRESS_PROTECTED, false);
        });
    }

    /** Nav decides every survivor benefit that is open, and the decision letters go out. */
    private static void decideSurvivorBenefits(ProcessInstance instance) {
        for (var decision : openDecisions(instance)) {
            complete(task(decision, instance), withVariables(DECISION_OUTCOME, "granted", DECISION_REASONS, "The conditions are met."));
            execute(job(decision.replace("Task_Decide", "Task_Send") + "Decision", instance));
        }
    }

    private static Set<String> openDecisions(ProcessInstance instance) {
        return taskService().createTaskQuery().processInstanceId(instance.getId()).list().stream()
                .map(Task::getTaskDefinitionKey)
                .filter(key -> key.equals(DECIDE_OMSTILLINGSSTONAD) || key.equals(DECIDE_BARNEPENSJON))
                .collect(Collectors.toSet());
    }

    private static Object formVariable(Task task, String name) {
        return taskService().getVariable(task.getId(), name);
    }

    private static final String SPOUSE = "07871147986";
    private static final String CHILD = "12915398765";

    /** The heirs as findWhoDeclares finds them: everyone answers for themselves; the stepchildren named. */
    private static void heirsAre(String spouse, List<String> stepchildren) {
        Mocks.register(Delegate.FIND_WHO_DECLARES, (JavaDelegate) execution -> {
            @SuppressWarnings("unchecked")
            var heirs = (List<String>) execution.getVariable(Variable.HEIRS);
            var answerers = new HashMap<String, String>();
            heirs.forEach(heir -> answerers.put(heir, heir));
            execution.setVariable(Variable.SPOUSE_ID, spouse);
            execution.setVariable(Variable.HEIR_ANSWERERS, answerers);
            execution.setVariable(Variable.STEPCHILDREN, new ArrayList<>(stepchildren));
            execution.setVariable(Variable.HEIRS_YET_TO_ANSWER, new ArrayList<>(heirs));
            execution.setVariable(Variable.HEIRS_COUNT, heirs.size());
            execution.setVariable(Variable.HEIRS_AGREEING_TO_PRIVATE_SETTLEMENT, 0);
            execution.setVariable(Variable.HEIRS_RENOUNCING, 0);
            execution.setVariable(Variable.HEIRS_TAKING_ON_DEBTS, 0);
            execution.setVariable(Variable.PUBLIC_SETTLEMENT_ASKED, false);
            execution.setVariable(Variable.SPOUSE_CHOSE_UNDIVIDED_ESTATE, false);
            execution.setVariable(Variable.STEPCHILDREN_WITHOUT_CONSENT, stepchildren.size());
            execution.setVariable(Variable.DECLARATION_SIGNERS, new ArrayList<String>());
            execution.setVariable(Variable.DEBT_TAKERS, new ArrayList<String>());
        });
    }

    /** The district court's answer to the heirs' request, as askForFormuesfullmakt gives it: nobody, unless named. */
    private static void courtGivesFormuesfullmaktTo(String... heirs) {
        Mocks.register(Delegate.ASK_FOR_FORMUESFULLMAKT, (JavaDelegate) execution -> {
            execution.setVariable(Variable.FORMUESFULLMAKT_GRANTED, heirs.length > 0);
            execution.setVariable(Variable.FORMUESFULLMAKT_HEIRS, new ArrayList<>(List.of(heirs)));
        });
    }

    /** The heir answers in their own task, as the portal completes it. */
    private static void heirAnswers(ProcessInstance instance, String heir, String choice, boolean takesOnDebts) {
        var task = taskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(DECLARE_SETTLEMENT)
                .taskAssignee(heir).singleResult();
        assertThat(task).as("the task of " + heir).isNotNull();
        taskService().complete(task.getId(), Map.of(Variable.SETTLEMENT_CHOICE, choice, Variable.TAKES_ON_DEBTS, takesOnDebts));
    }

    private static void informTheHeirs(ProcessInstance instance) {
        assertThat(instance).hasPassed(FIND_CONTACT_CHANNELS);
        execute(job(SEND_HEIR_LETTERS, instance));
    }

    private static void courtDecides(String settlementForm) {
        runtimeService().createMessageCorrelation(Message.ESTATE_SETTLEMENT_DECIDED)
                .processInstanceBusinessKey(CASE_REF)
                .setVariable(Variable.SETTLEMENT_FORM, settlementForm)
                .correlate();
    }

    /** The activities where work is waiting, without the tokens that wait at a join for the other branches. */
    private static void assertOpenWorkIs(ProcessInstance instance, String... activityIds) {
        var waiting = new TreeSet<>(runtimeService().getActiveActivityIds(instance.getId()));
        waiting.removeIf(id -> id.startsWith("Gateway_") || id.startsWith("SubProcess_"));
        assertThat(waiting).containsExactlyInAnyOrder(activityIds);
    }

    /** "agency:notice" for every notify-agency this case called. */
    private static List<String> noticesSent(ProcessInstance instance) {
        return historyService().createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId())
                .processDefinitionKey("notify-agency").list().stream()
                .map(called -> {
                    Map<String, Object> values = new HashMap<>();
                    for (HistoricVariableInstance variable : historyService().createHistoricVariableInstanceQuery()
                            .processInstanceId(called.getId()).variableNameIn("agency", "notice").list()) {
                        values.put(variable.getName(), variable.getValue());
                    }
                    return values.get("agency") + ":" + values.get("notice");
                })
                .collect(Collectors.toList());
    }

    private static void assertForm(Task task, String formId) {
        var formRef = taskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult().getCamundaFormRef();
        assertThat(formRef.getKey()).isEqualTo(formId);
        assertThat(formRef.getBinding()).isEqualTo("deployment");
    }

    private static Date daysAfter(Instant instant, int days) {
        return Date.from(ZonedDateTime.ofInstant(instant, ZoneId.systemDefault()).plusDays(days).toInstant());
    }

    private static Date daysAfter(Date date, int days) {
        return daysAfter(date.toInstant(), days);
    }
}
