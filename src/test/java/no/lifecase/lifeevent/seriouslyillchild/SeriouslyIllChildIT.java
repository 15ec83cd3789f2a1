package no.lifecase.lifeevent.seriouslyillchild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.lifecase.agency.AgencyNotices;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.Representation;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.CitizenStart;
import no.lifecase.lifeevent.CitizenStartDecision.Open;
import no.lifecase.lifeevent.CitizenStartDecision.Refused;
import no.lifecase.register.folkeregisteret.FolkeregisteretClient;
import no.lifecase.register.folkeregisteret.Folkeregisterperson;
import no.lifecase.register.folkeregisteret.Part;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import no.lifecase.testsupport.StaffUsers;
import no.lifecase.trigger.FeedPoller;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/**
 * A parent starts "seriously ill child" as the portal does (the {@link CitizenStart} rule, then
 * {@link CaseService#open}), on real PostgreSQL with the registers and agencies simulated over HTTP: the hospital's
 * caseworker writes the doctor's statement, a Nav caseworker decides care benefit, the parent accepts the municipal
 * offer and the municipality follows up, and the case closes. The other parent sees the case through
 * {@link Representation}; a stranger cannot start it.
 */
@LifecaseIT
class SeriouslyIllChildIT {

    private static final String HOSPITAL_CASEWORKER = StaffUsers.of(SeriouslyIllChildIT.class).id("ous");
    private static final String NAV_CASEWORKER = StaffUsers.of(SeriouslyIllChildIT.class).id("nav");

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
    private IdentityService identity;

    @Autowired
    private ManagementService management;

    @Autowired
    private FolkeregisteretClient folkeregisteret;

    @Autowired
    private java.util.List<CitizenStart> citizenStarts;

    @Autowired
    private CaseService cases;

    @Autowired
    private Representation representation;

    @Autowired
    private AgencyNotices notices;

    @Autowired
    private CitizenLetters letters;

    private Simulation simulation;

    @BeforeEach
    void simulation() {
        simulation = new Simulation(http, feeds, runtime, history);
    }

    @Test
    void a_parent_starts_the_case_and_it_is_followed_through_hospital_nav_and_municipality_to_the_closed_case() {
        var parent = Fodselsnummer.parse(simulation.example("marriedParentWithMinorChildren"));
        var family = aNewChildSharedWithAnotherParent(parent);
        var child = family[0];
        var otherParent = family[1];
        var rule = citizenStarts.stream().filter(start -> start.lifeEvent() == SeriouslyIllChildModule.LIFE_EVENT).findFirst().orElseThrow();

        assertThat(rule.decide(Fodselsnummer.parse(simulation.example("singleAdult")), answers(child)))
                .as("someone without parental responsibility").isEqualTo(new Refused("child", SeriouslyIllChildStart.NOT_YOUR_CHILD));
        var decision = rule.decide(parent, answers(child));
        assertThat(decision).isInstanceOf(Open.class);
        var open = (Open) decision;
        assertThat(open.subject()).isEqualTo(child);
        // As the portal does: the start form's answers as facts, overlaid by what the rule decided.
        var facts = new HashMap<String, Object>(answers(child));
        facts.putAll(open.variables());
        var reference = cases.open(rule.lifeEvent(), open.subject(), facts).reference().value();
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();

        assertThat(representation.representedBy(otherParent)).as("the other parent may follow the child's case").contains(child);
        assertThat(representation.representedBy(parent)).contains(child);

        // The hospital that treats the child writes the statement, through the agency worklist.
        var statement = awaitTask(instance.getProcessInstanceId(), SeriouslyIllChild.Element.WRITE_DOCTOR_STATEMENT);
        assertThat(tasks.getIdentityLinksForTask(statement.getId())).extracting(link -> link.getGroupId()).containsExactly("helseforetak-ous");
        assertThat(timerAt(instance.getId(), SeriouslyIllChild.Element.WRITE_DOCTOR_STATEMENT_DEADLINE_NEAR).getDuedate())
                .as("the hospital is reminded two days before the due date (ADR 25)")
                .isEqualTo(Date.from(statement.getDueDate().toInstant().minus(Duration.ofDays(2))));
        assertThat(timerAt(instance.getId(), SeriouslyIllChild.Element.WRITE_DOCTOR_STATEMENT_DEADLINE_PASSED).getDuedate())
                .as("and escalated at it").isEqualTo(statement.getDueDate());
        StaffUsers.user(identity, HOSPITAL_CASEWORKER, "helseforetak-ous");
        complete(HOSPITAL_CASEWORKER, "helseforetak-ous", statement, Map.of("statementByHospitalDoctor", true,
                "needsContinuousCare", true, "childHospitalised", true, "careNeededFrom", "2026-03-01"));

        // Self-employed: no inntektsmelding, so the rules cannot recommend; a Nav caseworker decides, as for every claim.
        var assessment = awaitTask(instance.getProcessInstanceId(), SeriouslyIllChild.Element.ASSESS_CARE_BENEFIT);
        assertThat(runtime.getVariable(instance.getId(), "careBenefitReason")).isEqualTo("income-not-from-an-employer");
        assertThat(runtime.getVariable(instance.getId(), "careBenefitRecommendation")).isNull();
        assertThat(tasks.getIdentityLinksForTask(assessment.getId())).extracting(link -> link.getGroupId()).containsExactly("nav");
        StaffUsers.user(identity, NAV_CASEWORKER, "nav");
        // The caseworker sees the rules' recommendation and why, in the task's form (Tasklist) and its variables.
        var form = http.withBasicAuth(NAV_CASEWORKER, StaffUsers.passwordOf(NAV_CASEWORKER))
                .getForEntity("/api/agency/nav/tasks/{id}", String.class, assessment.getId()).getBody();
        assertThat(form).contains("\"key\":\"careBenefitRecommendation\"", "\"key\":\"careBenefitReason\"", "\"key\":\"decisionOutcome\"");
        assertThat(http.withBasicAuth(NAV_CASEWORKER, StaffUsers.passwordOf(NAV_CASEWORKER))
                .getForEntity("/engine-rest/task/{id}/form-variables", String.class, assessment.getId()).getBody())
                .contains("income-not-from-an-employer");
        var recommendation = decisionsOf(reference).stream().filter(found -> "RECOMMENDATION".equals(found.get("kind")))
                .findFirst().orElseThrow();
        assertThat(recommendation).containsEntry("subject", "care-benefit").containsEntry("decidedBy", "rules")
                .containsEntry("rule", "care-benefit").containsEntry("reason", "income-not-from-an-employer")
                .containsEntry("outcome", null).containsEntry("automationBasis", null);
        assertThat((String) recommendation.get("legalBasis")).contains("folketrygdloven § 9-10");
        complete(NAV_CASEWORKER, "nav", assessment, Map.of("decisionOutcome", "granted", "careBenefitBothParents", true,
                "careBenefitGrading", 100, "decisionReasons", "Both parents care for the child in hospital."));
        var decided = decisionsOf(reference);
        assertThat(decided).extracting(found -> found.get("kind")).as("never the rules alone")
                .containsExactly("RECOMMENDATION", "CASEWORKER");
        assertThat(decided.get(1)).containsEntry("decidedBy", "nav").containsEntry("caseworker", NAV_CASEWORKER)
                .containsEntry("outcome", "granted").containsEntry("recommendationId", recommendation.get("id"))
                .containsEntry("reasons", "Both parents care for the child in hospital.");

        // The parent accepts the municipal offer (the citizen's own task), and the municipality follows up.
        var offer = awaitTask(instance.getProcessInstanceId(), SeriouslyIllChild.Element.OFFER_MUNICIPAL_SERVICES);
        assertThat(offer.getAssignee()).isEqualTo(parent.value());
        tasks.complete(offer.getId(), Map.of("municipalServicesAnswer", "accept", "wantsReliefCare", true, "wantsCoordinator", true,
                "wantsIndividualPlan", true));
        var municipality = "kommune-" + runtime.getVariable(instance.getId(), "residenceMunicipality");
        var followUp = awaitTask(instance.getProcessInstanceId(), SeriouslyIllChild.Element.FOLLOW_UP_MUNICIPAL_SERVICES);
        assertThat(tasks.getIdentityLinksForTask(followUp.getId())).extracting(link -> link.getGroupId()).containsExactly(municipality);
        var municipalCaseworker = StaffUsers.of(SeriouslyIllChildIT.class).id(municipality.replace("-", ""));
        StaffUsers.user(identity, municipalCaseworker, municipality);
        complete(municipalCaseworker, municipality, followUp, Map.of("municipalFollowUpOutcome", "decided"));

        await().atMost(Duration.ofSeconds(90)).until(() -> "CLOSED".equals(simulation.caseView(reference).get("status")));
        var closed = simulation.caseView(reference);
        assertThat(closed.get("subject")).isEqualTo(child.value());
        assertThat(Simulation.entries(closed, "timeline")).extracting(entry -> entry.get("kind") + " " + entry.get("text"))
                .contains("CASE_OPENED Case opened: Seriously ill child",
                        "STEP_COMPLETED Note the register check that let you start",
                        "STEP_COMPLETED Find the child's parents and home municipality",
                        "STEP_COMPLETED Write the doctor's statement for care benefit",
                        "STEP_COMPLETED Assess care benefit",
                        "STEP_COMPLETED Send you the care benefit decision",
                        "STEP_COMPLETED Choose the help you want from your municipality",
                        "STEP_COMPLETED Send your request to the municipality",
                        "STEP_COMPLETED Arrange relief care, a coordinator and an individual plan",
                        "EVENT Care benefit is decided and the municipality has followed up",
                        "CASE_CLOSED Case closed");
        assertThat(Simulation.entries(closed, "timeline")).filteredOn(entry -> "STEP_STARTED".equals(entry.get("kind")) && entry.get("agency") != null)
                .extracting(entry -> entry.get("agency") + " " + entry.get("text"))
                .as("each agency's tasks")
                .contains("helseforetak-ous Write the doctor's statement for care benefit",
                        "nav Assess care benefit",
                        municipality + " Arrange relief care, a coordinator and an individual plan");
        var purpose = SeriouslyIllChildModule.LIFE_EVENT.accessPurpose().purpose().en();
        var folkeregisteretReads = Simulation.entries(closed, "dataAccess").stream()
                .filter(read -> "folkeregisteret".equals(read.get("register"))).toList();
        assertThat(folkeregisteretReads).as("every read, also of the parents before the letter, has the case's purpose")
                .allSatisfy(read -> assertThat(read).containsEntry("purpose", purpose));
        assertThat(folkeregisteretReads).extracting(read -> read.get("about"))
                .as("before the decision letter, whether each parent is alive").contains(parent.value(), otherParent.value());
        var registerReads = folkeregisteretReads.stream().filter(read -> child.value().equals(read.get("about"))).toList();
        assertThat(registerReads).as("the start check and the family read, each about the child with the case's purpose")
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(read -> assertThat(read).containsEntry("about", child.value()).containsEntry("purpose", purpose));
        assertThat(registerReads.get(0).get("fields").toString()).as("the start check comes first")
                .contains("foreldreansvar", "doedsfall", "foedsel.foedselsdato");
        assertThat(Simulation.entries(closed, "dataAccess")).extracting(read -> read.get("register") + " " + read.get("about"))
                .as("the letters' contact channels").contains("krr " + parent.value(), "krr " + otherParent.value());
        assertThat(notices.sentFor(reference)).extracting(notice -> notice.agency() + " " + notice.notice())
                .containsExactly(municipality + " sick-child-municipal-services");
        assertThat(letters.sentFor(reference)).extracting(letter -> letter.letter() + " " + letter.recipient())
                .containsExactlyInAnyOrder("care-benefit-granted " + parent.value(), "care-benefit-granted " + otherParent.value());
        assertThat(representation.representedBy(otherParent)).as("also once the case is closed").contains(child);
    }

    @Test
    void a_parent_whose_death_is_registered_is_not_sent_the_care_benefit_decision() {
        var parent = Fodselsnummer.parse(simulation.example("marriedParentWithMinorChildren"));
        var family = aNewChildSharedWithAnotherParent(parent);
        var child = family[0];
        var otherParent = family[1];
        var rule = citizenStarts.stream().filter(start -> start.lifeEvent() == SeriouslyIllChildModule.LIFE_EVENT).findFirst().orElseThrow();
        var open = (Open) rule.decide(parent, answers(child));
        var facts = new HashMap<String, Object>(answers(child));
        facts.putAll(open.variables());
        var reference = cases.open(rule.lifeEvent(), open.subject(), facts).reference().value();
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();

        // While the case runs, the other parent dies.
        simulation.post("/sim/folkeregisteret/death", Map.of("person", otherParent.value()));

        StaffUsers.user(identity, HOSPITAL_CASEWORKER, "helseforetak-ous");
        complete(HOSPITAL_CASEWORKER, "helseforetak-ous", awaitTask(instance.getProcessInstanceId(),
                SeriouslyIllChild.Element.WRITE_DOCTOR_STATEMENT), Map.of("statementByHospitalDoctor", true,
                "needsContinuousCare", true, "childHospitalised", true, "careNeededFrom", "2026-03-01"));
        StaffUsers.user(identity, NAV_CASEWORKER, "nav");
        complete(NAV_CASEWORKER, "nav", awaitTask(instance.getProcessInstanceId(), SeriouslyIllChild.Element.ASSESS_CARE_BENEFIT),
                Map.of("decisionOutcome", "granted", "careBenefitGrading", 100,
                        "decisionReasons", "The parent cares for the child in hospital."));

        simulation.awaitPassed(instance, SeriouslyIllChild.Element.SEND_CARE_BENEFIT_LETTER);
        assertThat(letters.sentFor(reference)).extracting(letter -> letter.letter() + " " + letter.recipient())
                .as("the living parent only").containsExactly("care-benefit-granted " + parent.value());
    }

    // ---------------------------------------------------------------------------------------------------------

    /**
     * A child just born to the parent and the other parent of one of their children: a child has one open case of a
     * life event at most, and a care-benefit case stays open at Nav's decision, so an older child of this shared
     * example family may have another test's case open.
     */
    private Fodselsnummer[] aNewChildSharedWithAnotherParent(Fodselsnummer parent) {
        var otherParent = aChildSharedWithAnotherParent(parent)[1];
        // The ninth digit of a fødselsnummer is even for a woman.
        boolean parentIsMother = Character.getNumericValue(parent.value().charAt(8)) % 2 == 0;
        var born = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of(
                "mother", (parentIsMother ? parent : otherParent).value(), "father", (parentIsMother ? otherParent : parent).value())));
        return new Fodselsnummer[] {Fodselsnummer.parse(born.get("child")), otherParent};
    }

    /**
     * A living minor the parent has parental responsibility for, together with another parent who shares it, read over
     * HTTP from the simulated Folkeregisteret (another test may have registered a death in the family).
     */
    private Fodselsnummer[] aChildSharedWithAnotherParent(Fodselsnummer parent) {
        var document = folkeregisteret.person(parent, Set.of(Part.RELASJON_UTVIDET)).orElseThrow();
        return Folkeregisterperson.current(document.foreldreansvar())
                .map(Folkeregisterperson.Foreldreansvar::ansvarssubjekt)
                .filter(child -> child != null)
                .map(Fodselsnummer::parse)
                .flatMap(child -> otherParentWithResponsibility(child, parent).map(other -> new Fodselsnummer[] {child, other}).stream())
                .findFirst().orElseThrow();
    }

    /** The child's other responsible parent, if alive: another test may have registered that parent's death. */
    private Optional<Fodselsnummer> otherParentWithResponsibility(Fodselsnummer child, Fodselsnummer parent) {
        var document = folkeregisteret.person(child, Set.of(Part.RELASJON_UTVIDET)).orElseThrow();
        return document.responsibleParents().stream().filter(other -> !other.equals(parent.value())).map(Fodselsnummer::parse)
                .filter(other -> folkeregisteret.person(other, Set.of(Part.STATUS, Part.DOEDSFALL))
                        .filter(person -> !person.isDead()).isPresent())
                .findFirst();
    }

    /** The start form's answers: a self-employed parent, the child in hospital at Oslo University Hospital. */
    private static Map<String, Object> answers(Fodselsnummer child) {
        var answers = new HashMap<String, Object>();
        answers.put("child", child.value());
        answers.put("treatingHospital", "ous");
        answers.put("hospitalised", true);
        answers.put("employment", "self-employed");
        answers.put("annualIncome", 480000);
        return answers;
    }

    private Task awaitTask(String processInstanceId, String taskDefinitionKey) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(taskDefinitionKey).singleResult(), task -> task != null);
    }

    private org.camunda.bpm.engine.runtime.Job timerAt(String processInstanceId, String activityId) {
        var timer = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers().singleResult();
        assertThat(timer).as("timer at %s", activityId).isNotNull();
        return timer;
    }

    /** Completes the task through the agency worklist API, as the agency's caseworker, with the form's values. */
    @SuppressWarnings("unchecked")
    private java.util.List<Map<String, Object>> decisionsOf(String reference) {
        var response = http.withBasicAuth(LifecaseIT.ADMIN, LifecaseIT.ADMIN_PASSWORD)
                .getForEntity("/api/cases/{reference}/decisions", java.util.List.class, reference);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private void complete(String userId, String agency, Task task, Map<String, Object> values) {
        var response = http.withBasicAuth(userId, StaffUsers.passwordOf(userId))
                .postForEntity("/api/agency/{agency}/tasks/{id}/complete", values, String.class, agency, task.getId());
        assertThat(response.getStatusCode()).as("%s completing %s: %s", userId, task.getName(), response.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }
}
