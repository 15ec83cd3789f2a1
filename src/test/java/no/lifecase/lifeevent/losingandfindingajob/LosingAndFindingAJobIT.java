package no.lifecase.lifeevent.losingandfindingajob;

import static no.lifecase.portal.CookieBrowser.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import no.lifecase.agency.AgencyNotice;
import no.lifecase.agency.AgencyNotices;
import no.lifecase.agency.CitizenLetter;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.documents.CitizenDocuments;
import no.lifecase.agency.documents.DocumentKind;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.jdbc.core.simple.JdbcClient;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.CaseStatus;
import no.lifecase.decision.CaseDecisions;
import no.lifecase.decision.DecisionInput;
import no.lifecase.decision.DecisionKind;
import no.lifecase.decision.RecordedDecision;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Element;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Notice;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Variable;
import no.lifecase.lifeevent.losingandfindingajob.NewEmploymentWatch;
import no.lifecase.portal.CookieBrowser;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Losing and finding a job from start to end on PostgreSQL: the citizen starts it through the portal API with the
 * real ID-porten login, the employment and income are read over HTTP from the simulated Aa-registeret and
 * a-ordningen and logged on the case, unemployment benefit is granted by the rules, the employment report is asked
 * for every 14 days and answered in the portal, a missed report removes the job seeker, and a new employer's report
 * ends the case and stops the benefit.
 */
@LifecaseIT
class LosingAndFindingAJobIT {

    private static final long MONTHLY_PAY = 40_000;

    @LocalServerPort
    private int port;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private FeedPoller feeds;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private HistoryService history;

    @Autowired
    private TaskService tasks;

    @Autowired
    private ManagementService management;

    @Autowired
    private AgencyNotices notices;

    @Autowired
    private CaseService cases;

    @Autowired
    private NewEmploymentWatch newEmployments;

    @Autowired
    private CitizenLetters letters;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private CaseDecisions decisions;

    @Autowired
    private CitizenDocuments documents;

    private static final StaffUsers STAFF = StaffUsers.of(LosingAndFindingAJobIT.class);
    private static final String TEST_SOURCE = "LosingAndFindingAJobIT";

    private static List<String> people;
    private Simulation simulation;

    /** Adults of the synthetic population no other test uses, with an open address. */
    @BeforeAll
    static void people(@Autowired Population population) {
        var today = population.today();
        people = population.adults().stream()
                .filter(person -> person.isAlive() && !person.hasDNumber() && !person.hasProtectedAddress()
                        && person.ageOn(today) >= 20 && person.ageOn(today) <= 60)
                .map(SimulatedPerson::identityNumber).skip(200).limit(6).toList();
    }

    @BeforeEach
    void simulation(@Autowired IdentityService identity) {
        simulation = new Simulation(http, feeds, runtime, history);
        StaffUsers.user(identity, STAFF.id("owner"), "process-owners");
        StaffUsers.user(identity, STAFF.nav(), "nav");
    }

    /** A G this class dated ahead goes again, so that no other test's claim meets it (ADR 0039). */
    @AfterEach
    void forgetOurReferenceData() {
        jdbc.sql("delete from reference_data where source = ?").param(TEST_SOURCE).update();
    }

    @Test
    void the_job_seeker_is_granted_benefit_reports_every_14_days_and_a_new_employer_ends_the_case() {
        var citizen = people.get(0);
        var browser = new CookieBrowser(port);
        var reference = start(browser, citizen);
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();

        var firstPeriod = awaitTimer(instance, Element.REPORT_PERIOD_ENDED);
        assertThat(firstPeriod.getDuedate().toInstant()).isCloseTo(Instant.now().plus(14, ChronoUnit.DAYS), within(Duration.ofMinutes(5)));
        assertThat(runtime.getVariables(instance.getId()))
                .containsEntry(Variable.EMPLOYMENT_CONFIRMED, true)
                .containsEntry(Variable.INCOME_LAST_12_MONTHS, 12 * MONTHLY_PAY)
                .containsEntry(Variable.GRUNNBELOP, 130_160L)
                .containsEntry(Variable.BENEFIT_RULES_OUTCOME, "granted")
                .containsEntry(Variable.BENEFIT_GRANTED, true)
                .containsEntry(Variable.NAV_AGENCY, "nav");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("nav").count())
                .as("granted by the rules, without a caseworker").isZero();
        assertThat(decisions.onCase(reference)).singleElement().satisfies(decision -> {
            assertThat(decision.kind()).isEqualTo(DecisionKind.AUTOMATIC);
            assertThat(decision.outcome()).isEqualTo("granted");
            assertThat(decision.subject()).isEqualTo(LosingAndFindingAJob.Decision.UNEMPLOYMENT_BENEFIT);
            assertThat(decision.legalBasis()).isEqualTo("folketrygdloven §§ 4-3 og 4-4");
            assertThat(decision.automationBasis()).contains("NAV-loven § 4 a");
            assertThat(decision.inputs()).extracting(DecisionInput::register).contains("Aa-registeret", "a-ordningen");
        });
        var caseView = simulation.caseView(reference);
        assertThat(Simulation.entries(caseView, "dataAccess")).extracting(read -> read.get("register"))
                .contains("folkeregisteret", "aaregisteret", "inntekt");
        assertThat(Simulation.entries(caseView, "dataAccess")).filteredOn(read -> "inntekt".equals(read.get("register")))
                .allSatisfy(read -> assertThat((String) read.get("legalBasis")).contains("a-opplysningsloven § 7"));
        assertThat(sentNotices(reference)).contains(Notice.JOB_SEEKER_REGISTRATION, Notice.UNEMPLOYMENT_BENEFIT_APPLICATION);

        // The automatic grant reaches the inbox as a decision letter: outcome, rules, facts, the automation and the appeal.
        var granted = decisionLetter(browser, reference, LosingAndFindingAJob.Letter.BENEFIT_GRANTED);
        assertThat(granted).contains("\"kind\":\"DECISION\"", "\"title\":\"Vedtak om dagpenger\"", "Du får dagpenger.",
                "Folketrygdloven § 4-3", "Folketrygdloven § 4-4", "Vi har brukt G på 130 160 kroner",
                "Vedtaket er gjort etter folketrygdloven §§ 4-3 og 4-4.", "Arbeidsforholdet står i Aa-registeret",
                "Inntekt de siste 12 månedene, i G", "\"value\":\"3,69\"", "A-ordningen, der arbeidsgiverne rapporterer lønn",
                "Vedtaket er gjort automatisk", "NAV-loven § 4 a", "Fristen er seks uker (folketrygdloven § 21-12)",
                "er klagefristen " + appealDeadline());

        // Two report periods: the report is asked for when each ends, and answered in the portal with its form.
        for (int period = 1; period <= 2; period++) {
            management.executeJob(awaitTimer(instance, Element.REPORT_PERIOD_ENDED).getId());
            var report = reportTask(instance);
            assertThat(report.getAssignee()).isEqualTo(citizen);
            var taskPath = "/min-side/saker/" + reference + "/oppgaver/" + report.getId();
            var page = browser.get(taskPath);
            assertThat(page.body()).contains("Hvor mange timer har du jobbet de siste 14 dagene?");
            var answered = browser.post(taskPath, form("_csrf", page.csrfToken(), "workedHours", "0", "availableForWork", "yes"));
            assertThat(answered.uri().getPath()).isEqualTo("/min-side/saker/" + reference);
        }
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Element.SEND_EMPLOYMENT_REPORT).finished().count()).isEqualTo(2);
        awaitTimer(instance, Element.REPORT_PERIOD_ENDED);

        // The watch looks at every running case, other tests' too: this case is the one that must not be told.
        newEmployments.checkRunningCases();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(Variable.NEW_EMPLOYER)
                .count()).as("no new job yet").isZero();
        simulation.post("/sim/aa-registeret/new-employment", Map.of("person", citizen));
        assertThat(newEmployments.checkRunningCases()).isGreaterThanOrEqualTo(1);

        simulation.awaitPassed(instance, Element.END_NEW_JOB);
        assertThat(simulation.passed(instance, Element.STOP_UNEMPLOYMENT_BENEFIT)).isTrue();
        assertThat(sentNotices(reference)).contains(Notice.UNEMPLOYMENT_BENEFIT_STOP);
        await().atMost(Duration.ofSeconds(30)).until(() -> cases.find(CaseReference.of(reference)).orElseThrow().status() == CaseStatus.CLOSED);
        assertThat(browser.get("/min-side/saker/" + reference).body()).contains("Avsluttet", "Nav har fått beskjed om å stanse dagpengene");
    }

    @Test
    void more_than_20_days_without_a_report_removes_the_job_seeker_from_the_register() {
        var citizen = people.get(1);
        var reference = start(new CookieBrowser(port), citizen);
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();

        management.executeJob(awaitTimer(instance, Element.REPORT_PERIOD_ENDED).getId());
        reportTask(instance);
        var missed = awaitTimer(instance, Element.REPORT_MISSED);
        assertThat(missed.getDuedate().toInstant()).isCloseTo(Instant.now().plus(7, ChronoUnit.DAYS), within(Duration.ofMinutes(5)));
        management.executeJob(missed.getId());

        simulation.awaitPassed(instance, Element.END_REMOVED_FROM_REGISTER);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(sentNotices(reference)).contains(Notice.JOB_SEEKER_DEREGISTRATION).doesNotContain(Notice.UNEMPLOYMENT_BENEFIT_STOP);
    }

    @Test
    void income_below_the_minimum_gets_advance_notice_and_waits_for_the_citizens_answer_before_a_nav_caseworker_decides() {
        var citizen = people.get(2);
        var browser = new CookieBrowser(port);
        var reference = start(browser, citizen, "dismissed", LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(3), 5_000);
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();

        var answerTask = await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Element.ANSWER_ADVANCE_NOTICE).singleResult(), task -> task != null);
        assertThat(answerTask.getAssignee()).isEqualTo(citizen);
        assertThat(answerTask.getDueDate().toInstant()).isCloseTo(Instant.now().plus(14, ChronoUnit.DAYS), within(Duration.ofMinutes(5)));
        assertThat(letters.sentFor(reference)).extracting(CitizenLetter::letter).contains(LosingAndFindingAJob.Letter.ADVANCE_NOTICE);
        assertThat(runtime.getVariables(instance.getId()))
                .containsEntry(Variable.BENEFIT_RULES_OUTCOME, "refused")
                .containsEntry(Variable.BENEFIT_RULES_REASON, LosingAndFindingAJob.RulesReason.INCOME_TOO_LOW)
                .doesNotContainKey(Variable.BENEFIT_GRANTED);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroup("nav").count())
                .as("no caseworker decides before the citizen has answered").isZero();
        assertThat(browser.get("/min-side/dokumenter").body()).contains("Forhåndsvarsel: Nav kan komme til å avslå søknaden din om dagpenger");
        assertThat(decisions.onCase(reference)).as("only the rules' recommendation, no decision, before the answer")
                .extracting(RecordedDecision::kind).containsExactly(DecisionKind.RECOMMENDATION);

        var taskPath = "/min-side/saker/" + reference + "/oppgaver/" + answerTask.getId();
        var page = browser.get(taskPath);
        assertThat(page.body()).contains("Hva vil du at Nav skal vite før saken avgjøres?");
        browser.post(taskPath, form("_csrf", page.csrfToken(), "advanceNoticeAnswer", "Jeg hadde også inntekt fra et enkeltpersonforetak."));

        var decision = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Element.ASSESS_UNEMPLOYMENT_BENEFIT).singleResult(), task -> task != null);
        assertThat(tasks.getIdentityLinksForTask(decision.getId())).extracting(link -> link.getGroupId()).contains("nav");
        assertThat(tasks.getVariables(decision.getId()))
                .containsEntry(Variable.BENEFIT_RULES_OUTCOME, "refused")
                .containsEntry(Variable.ADVANCE_NOTICE_ANSWER, "Jeg hadde også inntekt fra et enkeltpersonforetak.")
                .containsEntry(Variable.GRUNNBELOP, 130_160L);
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKey(Variable.BENEFIT_GRANTED);

        decideAsNav(decision.getId(), "refused", "Inntekten er under 1,5 G og 3 G.");
        assertThat(decisions.latest(reference, LosingAndFindingAJob.Decision.UNEMPLOYMENT_BENEFIT, DecisionKind.CASEWORKER)).get()
                .satisfies(refusal -> {
                    assertThat(refusal.outcome()).isEqualTo("refused");
                    assertThat(refusal.decidedBy()).isEqualTo("nav");
                    assertThat(refusal.caseworker()).isEqualTo(STAFF.nav());
                    assertThat(refusal.recommendationId()).isEqualTo(decisions.latestRecommendation(reference,
                            LosingAndFindingAJob.Decision.UNEMPLOYMENT_BENEFIT).orElseThrow().id());
                });
        assertThat(runtime.getVariables(instance.getId())).containsEntry(Variable.BENEFIT_GRANTED, false);

        // The caseworker's refusal reaches the inbox as a decision letter with the caseworker's reasons and the appeal.
        var refused = decisionLetter(browser, reference, LosingAndFindingAJob.Letter.BENEFIT_REFUSED);
        assertThat(refused).contains("\"kind\":\"DECISION\"", "\"title\":\"Vedtak om dagpenger: avslag\"", "Du får ikke dagpenger.",
                "Inntekten er under 1,5 G og 3 G.", "Vedtaket er gjort etter folketrygdloven kapittel 4 (§§ 4-3, 4-4 og 4-10).",
                "Folketrygdloven § 4-4", "Inntekt de siste 12 månedene, i G", "Fristen er seks uker (folketrygdloven § 21-12)",
                "er klagefristen " + appealDeadline())
                .doesNotContain("Vedtaket er gjort automatisk");
    }

    @Test
    void a_job_the_citizen_left_themselves_ends_in_a_nav_caseworkers_decision_with_the_recommendation_in_view() {
        var citizen = people.get(3);
        var reference = start(new CookieBrowser(port), citizen, "quit", LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(3), MONTHLY_PAY);
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();

        var decision = await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Element.ASSESS_UNEMPLOYMENT_BENEFIT).singleResult(), task -> task != null);
        assertThat(tasks.getIdentityLinksForTask(decision.getId())).extracting(link -> link.getGroupId()).contains("nav");
        assertThat(tasks.getVariables(decision.getId()))
                .containsEntry(Variable.BENEFIT_RULES_OUTCOME, "granted")
                .containsEntry(Variable.BENEFIT_RULES_REASON, LosingAndFindingAJob.RulesReason.REASON_FOR_LEAVING)
                .containsEntry(Variable.INCOME_LAST_12_MONTHS, 12 * MONTHLY_PAY);
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKey(Variable.BENEFIT_GRANTED);
        assertThat(letters.sentFor(reference)).extracting(CitizenLetter::letter).doesNotContain(LosingAndFindingAJob.Letter.ADVANCE_NOTICE);

        var form = asNav().getForEntity("/api/agency/nav/tasks/{id}", String.class, decision.getId());
        assertThat(form.getBody()).as("the recommendation and its facts are fields of the caseworker's form")
                .contains("\"key\":\"unemploymentBenefitOutcome\"", "\"key\":\"unemploymentBenefitReason\"",
                        "\"key\":\"incomeLast12Months\"", "\"key\":\"grunnbelop\"", "\"key\":\"decisionOutcome\"");
        assertThat(decisions.latestRecommendation(reference, LosingAndFindingAJob.Decision.UNEMPLOYMENT_BENEFIT)).get()
                .satisfies(recommendation -> assertThat(recommendation.reason()).isEqualTo(LosingAndFindingAJob.RulesReason.REASON_FOR_LEAVING));

        decideAsNav(decision.getId(), "granted", "Sa opp med rimelig grunn.");
        assertThat(runtime.getVariables(instance.getId())).containsEntry(Variable.BENEFIT_GRANTED, true);
        assertThat(decisions.onCase(reference)).extracting(RecordedDecision::kind)
                .containsExactly(DecisionKind.RECOMMENDATION, DecisionKind.CASEWORKER);
    }

    @Test
    void a_g_dated_ahead_leaves_todays_claim_alone_and_decides_a_claim_whose_date_it_covers() {
        var today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        var owner = STAFF.id("owner");
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        var posted = http.withBasicAuth(owner, StaffUsers.passwordOf(owner)).postForEntity("/api/reference-data/basic-amount",
                new org.springframework.http.HttpEntity<>(Map.of("value", "10000000", "validFrom", today.plusDays(20).toString(),
                        "source", TEST_SOURCE), headers), Map.class);
        assertThat(posted.getStatusCode().value()).as(String.valueOf(posted.getBody())).isEqualTo(201);

        var todays = start(new CookieBrowser(port), people.get(4), "dismissed", today.minusDays(3), MONTHLY_PAY);
        var todaysCase = runtime.createProcessInstanceQuery().processInstanceBusinessKey(todays).singleResult();
        awaitTimer(todaysCase, Element.REPORT_PERIOD_ENDED);
        assertThat(runtime.getVariables(todaysCase.getId())).containsEntry(Variable.GRUNNBELOP, 130_160L)
                .containsEntry(Variable.BENEFIT_GRANTED, true);

        var later = start(new CookieBrowser(port), people.get(5), "dismissed", today.plusDays(30), MONTHLY_PAY);
        var laterCase = runtime.createProcessInstanceQuery().processInstanceBusinessKey(later).singleResult();
        await().atMost(Duration.ofSeconds(60)).until(() -> tasks.createTaskQuery().processInstanceId(laterCase.getId())
                .taskDefinitionKey(Element.ANSWER_ADVANCE_NOTICE).singleResult(), task -> task != null);
        assertThat(runtime.getVariables(laterCase.getId()))
                .containsEntry(Variable.GRUNNBELOP, 10_000_000L)
                .containsEntry(Variable.GRUNNBELOP_DATE, today.plusDays(31).toString())
                .containsEntry(Variable.BENEFIT_RULES_REASON, LosingAndFindingAJob.RulesReason.INCOME_TOO_LOW);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Logs in at level high and starts the life event through the portal API; returns the case reference. */
    @SuppressWarnings("unchecked")
    private String start(CookieBrowser browser, String citizen) {
        return start(browser, citizen, "dismissed", LocalDate.now(ZoneId.of("Europe/Oslo")).minusDays(3), MONTHLY_PAY);
    }

    private String start(CookieBrowser browser, String citizen, String reason, LocalDate lastWorkingDay, long monthlyPay) {
        http.put("/sim/aa-registeret/personer/" + citizen + "/lonn", Map.of("monthlyPay", monthlyPay));
        var employments = (List<Map<String, Object>>) http.getForObject("/sim/aa-registeret/personer/" + citizen, Map.class).get("employments");
        var employer = (String) ((Map<String, Object>) employments.get(0).get("arbeidsgiver")).get("organisasjonsnummer");

        var loginPage = browser.get("/min-side");
        var myCases = browser.post("/idporten/login", form("_csrf", loginPage.csrfToken(), "pid", "03851598730", "otherPid", citizen,
                "level", "idporten-loa-high", "locale", "nb"));
        var started = browser.postJson("/api/citizen/life-events/" + LosingAndFindingAJob.PROCESS_ID,
                "{\"lastWorkingDay\":\"" + lastWorkingDay + "\",\"reason\":\"" + reason + "\",\"employerOrganisationNumber\":\"" + employer + "\"}",
                myCases.csrfToken());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        var reference = Pattern.compile("\"reference\":\"(LE-[0-9-]+)\"").matcher(started.body());
        assertThat(reference.find()).isTrue();
        return reference.group(1);
    }

    /**
     * The decision letter of this kind on the case, once the step that sends it has run, as the citizen reads it through
     * the citizen API (bokmål, the language of the login).
     */
    private String decisionLetter(CookieBrowser browser, String reference, String letter) {
        var document = await().atMost(Duration.ofSeconds(60)).until(() -> documents.onCase(reference).stream()
                .filter(sent -> sent.kind() == DocumentKind.DECISION && letter.equals(sent.name())).findFirst(), found -> found.isPresent())
                .orElseThrow();
        var response = browser.getOnce("/api/citizen/documents/" + document.id(), "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return plainSpaces(response.body());
    }

    /** Six weeks from today, in the long bokmål date the letter writes (folketrygdloven § 21-12). */
    private static String appealDeadline() {
        return plainSpaces(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag("nb"))
                .format(LocalDate.now(ZoneId.of("Europe/Oslo")).plusWeeks(6)));
    }

    /** Norwegian numbers are grouped with a no-break space. */
    private static String plainSpaces(String written) {
        return written.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** A Nav caseworker claims the decision task and completes it through the worklist API. */
    private void decideAsNav(String taskId, String outcome, String reasons) {
        assertThat(asNav().postForEntity("/api/agency/nav/tasks/{id}/claim", null, String.class, taskId).getStatusCode().value())
                .isEqualTo(200);
        var headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        var completed = asNav().postForEntity("/api/agency/nav/tasks/{id}/complete", new org.springframework.http.HttpEntity<>(
                Map.of(Variable.DECISION_OUTCOME, outcome, Variable.DECISION_REASONS, reasons), headers), String.class, taskId);
        assertThat(completed.getStatusCode().value()).as(String.valueOf(completed.getBody())).isEqualTo(204);
    }

    private TestRestTemplate asNav() {
        return http.withBasicAuth(STAFF.nav(), StaffUsers.passwordOf(STAFF.nav()));
    }

    private Job awaitTimer(ProcessInstance instance, String activityId) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> management.createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).timers().singleResult(), job -> job != null);
    }

    private Task reportTask(ProcessInstance instance) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Element.SEND_EMPLOYMENT_REPORT).singleResult(), task -> task != null);
    }

    private List<String> sentNotices(String reference) {
        return notices.sentFor(reference).stream().map(AgencyNotice::notice).toList();
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
        return org.assertj.core.api.Assertions.within(duration.toSeconds(), ChronoUnit.SECONDS);
    }
}
