package no.lifecase.processowner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.lifecase.formtexts.DeployedFormTexts;
import no.lifecase.language.Language;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Process owners deploy models through /api/models on real PostgreSQL: every finding is reported and a model
 * with errors leaves the engine as it was; unsafe and oversized files are refused; a valid new version becomes
 * the latest while running cases stay on theirs; a citizen form comes with its texts in three languages, and a new
 * version with its own; caseworkers are kept out.
 */
@LifecaseIT
class ModelDeploymentIT {

    private static final String OWNER = StaffUsers.of(ModelDeploymentIT.class).id("owner");
    private static final String CASEWORKER = StaffUsers.of(ModelDeploymentIT.class).id("nav");
    private static final Path FORMS = Path.of("src/main/java/no/lifecase/agency/forms");
    private static final Path JOB_FORMS = Path.of("src/main/java/no/lifecase/lifeevent/losingandfindingajob/forms");
    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    @Autowired
    private TestRestTemplate anonymous;

    @Autowired
    private IdentityService identity;

    @Autowired
    private RepositoryService repository;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private DeployedFormTexts formTexts;

    @BeforeEach
    void users() {
        StaffUsers.user(identity, OWNER, ProcessOwnerGroup.ID);
        StaffUsers.user(identity, CASEWORKER, "nav");
    }

    @Test
    void aBrokenModelIsRefusedWithEveryFindingAndNothingIsDeployed() {
        long deploymentsBefore = repository.createDeploymentQuery().count();
        String broken = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_Broken" targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="it-broken-model" name="Broken" isExecutable="true">
                    <bpmn:startEvent id="StartEvent_Begin" name="Begun"><bpmn:outgoing>Flow_0abc123</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:serviceTask id="Activity_0x1y2z3" name="Call something" camunda:delegateExpression="${noSuchDelegate}">
                      <bpmn:incoming>Flow_0abc123</bpmn:incoming><bpmn:outgoing>Flow_ToCheck</bpmn:outgoing>
                    </bpmn:serviceTask>
                    <bpmn:userTask id="Task_Check" name="Check it" camunda:formRef="no-such-form" camunda:formRefBinding="deployment">
                      <bpmn:incoming>Flow_ToCheck</bpmn:incoming><bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:endEvent id="EndEvent_Done" name="Done"><bpmn:incoming>Flow_ToEnd</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_0abc123" sourceRef="StartEvent_Begin" targetRef="Activity_0x1y2z3"/>
                    <bpmn:sequenceFlow id="Flow_ToCheck" sourceRef="Activity_0x1y2z3" targetRef="Task_Check"/>
                    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_Check" targetRef="EndEvent_Done"/>
                  </bpmn:process>
                </bpmn:definitions>
                """;

        var response = post(OWNER, Map.of("it-broken-model.bpmn", broken.strip().getBytes(StandardCharsets.UTF_8)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(findings(response)).extracting(finding -> finding.get("rule") + "@" + finding.get("elementId"))
                .contains("generated-id@Activity_0x1y2z3", "generated-id@Flow_0abc123",
                        "delegate-bean@Activity_0x1y2z3", "async-before@Activity_0x1y2z3", "retry-cycle@Activity_0x1y2z3",
                        "task-routing@Task_Check", "due-date@Task_Check", "form-missing@Task_Check", "history-time-to-live@it-broken-model");
        assertThat(findings(response)).allSatisfy(finding -> {
            assertThat(finding.get("file")).isEqualTo("it-broken-model.bpmn");
            assertThat(finding.get("severity")).isEqualTo("ERROR");
        });
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("it-broken-model").count()).isZero();
    }

    @Test
    void externalEntitiesAreRefused() {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Xxe"
                                  targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="it-xxe" name="&secret;" isExecutable="true"/>
                </bpmn:definitions>
                """;

        var response = post(OWNER, Map.of("it-xxe.bpmn", xxe.strip().getBytes(StandardCharsets.UTF_8)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(findings(response)).extracting(finding -> finding.get("rule")).containsExactly("xml-doctype");
        assertThat(response.getBody().toString()).doesNotContain("root:");
    }

    @Test
    void anOversizedFileIsRefused() {
        byte[] large = ("<?xml version=\"1.0\"?><!--" + "x".repeat(2 * 1024 * 1024) + "--><a/>").getBytes(StandardCharsets.UTF_8);

        var response = post(OWNER, Map.of("it-large.bpmn", large));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(findings(response)).extracting(finding -> finding.get("rule")).containsExactly("file-too-large");
    }

    @Test
    void aValidNewVersionBecomesTheLatestWhileRunningCasesStayOnTheirs() throws IOException {
        byte[] form = Files.readAllBytes(FORMS.resolve("notice-follow-up.form"));
        var first = post(OWNER, Map.of("it-follow-up.bpmn", followUp(false), "notice-follow-up.form", form));
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        int firstVersion = latestVersion("it-follow-up");
        var running = runtime.startProcessInstanceByKey("it-follow-up");

        var second = post(OWNER, Map.of("it-follow-up.bpmn", followUp(true), "notice-follow-up.form", form));

        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(second.getBody()).containsKey("deploymentId");
        @SuppressWarnings("unchecked")
        var definitions = (List<Map<String, Object>>) second.getBody().get("processDefinitions");
        assertThat(definitions).singleElement().satisfies(definition -> {
            assertThat(definition.get("key")).isEqualTo("it-follow-up");
            assertThat(definition.get("version")).isEqualTo(firstVersion + 1);
        });
        assertThat(latestVersion("it-follow-up")).isEqualTo(firstVersion + 1);
        var stillRunning = runtime.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult();
        assertThat(stillRunning.getProcessDefinitionId()).isEqualTo(running.getProcessDefinitionId());

        var versions = anonymous.withBasicAuth(OWNER, StaffUsers.passwordOf(OWNER))
                .exchange("/api/models", HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { });
        assertThat(versions.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(versions.getBody()).filteredOn(process -> "it-follow-up".equals(process.get("key"))).singleElement()
                .satisfies(process -> {
                    assertThat(process.get("latestVersion")).isEqualTo(firstVersion + 1);
                    @SuppressWarnings("unchecked")
                    var list = (List<Map<String, Object>>) process.get("versions");
                    assertThat(list).extracting(version -> version.get("version") + ":" + version.get("runningCases"))
                            .contains((firstVersion + 1) + ":0", firstVersion + ":1");
                });
        runtime.deleteProcessInstance(running.getId(), "test done");
    }

    @Test
    void aTaskForACitizenWithoutItsNynorskTextIsRefusedNamingTheElementAndDeployedOnceItHasIt() throws IOException {
        var form = citizenForm();
        byte[] bokmal = "Task_TellUs=Fortell oss om saken\nEndEvent_Told.done=Du har fortalt oss om saken\n".getBytes(StandardCharsets.UTF_8);
        byte[] nynorsk = "Task_TellUs=Fortel oss om saka\nEndEvent_Told.done=Du har fortalt oss om saka\n".getBytes(StandardCharsets.UTF_8);
        byte[] english = "Task_TellUs=Tell us about the case\nEndEvent_Told.done=You have told us about the case\n".getBytes(StandardCharsets.UTF_8);
        long deploymentsBefore = repository.createDeploymentQuery().count();

        var withoutNynorsk = post(OWNER, upload(form, "it-citizen-texts.bpmn", citizenQuestion(),
                "it-citizen-texts_nb.properties", bokmal, "it-citizen-texts_en.properties", english));

        assertThat(withoutNynorsk.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(withoutNynorsk.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(findings(withoutNynorsk)).filteredOn(finding -> "citizen-texts".equals(finding.get("rule")))
                .extracting(finding -> finding.get("file") + "@" + finding.get("elementId") + ": " + finding.get("message"))
                .hasSize(2)
                .anySatisfy(finding -> assertThat(finding).startsWith("it-citizen-texts.bpmn@Task_TellUs: ")
                        .contains("no text in nn", "it-citizen-texts_nn.properties"))
                .anySatisfy(finding -> assertThat(finding).startsWith("it-citizen-texts.bpmn@EndEvent_Told: ").contains("nn"));
        assertThat(repository.createDeploymentQuery().count()).as("nothing is deployed").isEqualTo(deploymentsBefore);

        var withAllThree = post(OWNER, upload(form, "it-citizen-texts.bpmn", citizenQuestion(),
                "it-citizen-texts_nb.properties", bokmal, "it-citizen-texts_nn.properties", nynorsk,
                "it-citizen-texts_en.properties", english));

        assertThat(withAllThree.getStatusCode()).as("%s", withAllThree.getBody()).isEqualTo(HttpStatus.CREATED);
        var deploymentId = (String) withAllThree.getBody().get("deploymentId");
        assertThat(repository.getDeploymentResourceNames(deploymentId)).as("the texts go out with their model")
                .contains("it-citizen-texts.bpmn", "it-citizen-texts_nb.properties", "it-citizen-texts_nn.properties",
                        "it-citizen-texts_en.properties");
    }

    @Test
    void aPropertiesFileThatIsNoTextsOfAnUploadedModelIsRefused() {
        var stray = post(OWNER, Map.of("it-citizen-texts.bpmn", citizenQuestion(),
                "application.properties", "spring.main.banner-mode=off".getBytes(StandardCharsets.UTF_8),
                "someone-else_nn.properties", "Task_TellUs=Fortel oss".getBytes(StandardCharsets.UTF_8)));

        assertThat(stray.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(findings(stray)).extracting(finding -> finding.get("rule") + "@" + finding.get("file"))
                .contains("file-type@application.properties", "citizen-texts@someone-else_nn.properties");
    }

    @Test
    void aDecisionWithoutItsLegalBasisOrLettingTheRulesDecideWithoutAnAutomationBasisIsRefusedNamingTheElement() {
        long deploymentsBefore = repository.createDeploymentQuery().count();

        var refused = post(OWNER, Map.of("it-decision-basis.bpmn", decisionModel("", "", true, "deployment"),
                "it-decision-basis.dmn", decisionTable("\"granted\"")));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(findings(refused)).filteredOn(finding -> String.valueOf(finding.get("rule")).startsWith("decision-"))
                .extracting(finding -> finding.get("rule") + "@" + finding.get("elementId"))
                .containsExactlyInAnyOrder("decision-legal-basis@Task_DecideItBenefit", "decision-automation-basis@Task_DecideItBenefit",
                        "decision-legal-basis@Task_AssessItBenefit");
        assertThat(findings(refused)).filteredOn(finding -> "decision-automation-basis".equals(finding.get("rule")))
                .singleElement().satisfies(finding -> assertThat((String) finding.get("message"))
                        .contains("Rule_ItResident", "it-benefit", "NAV-loven § 4 a"));
        assertThat(repository.createDeploymentQuery().count()).as("nothing is deployed").isEqualTo(deploymentsBefore);

        var refusalByRules = post(OWNER, Map.of("it-decision-basis.bpmn", decisionModel(LEGAL_BASIS, AUTOMATION_BASIS, false, "deployment"),
                "it-decision-basis.dmn", decisionTable("\"refused\"")));
        assertThat(refusalByRules.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(findings(refusalByRules)).filteredOn(finding -> String.valueOf(finding.get("rule")).startsWith("decision-"))
                .extracting(finding -> finding.get("rule") + "@" + finding.get("elementId"))
                .containsExactly("decision-refusal-by-rules@Task_DecideItBenefit");

        var allowed = post(OWNER, Map.of("it-decision-basis.bpmn", decisionModel(LEGAL_BASIS, AUTOMATION_BASIS, false, "deployment"),
                "it-decision-basis.dmn", decisionTable("\"granted\"")));
        assertThat(allowed.getStatusCode()).as("%s", allowed.getBody()).isEqualTo(HttpStatus.CREATED);

        // The deployed table lets the rules decide: a new version of the process that uses it must still name the basis.
        var againWithoutBasis = post(OWNER, Map.of("it-decision-basis.bpmn", decisionModel(LEGAL_BASIS, "", false, "latest")));
        assertThat(againWithoutBasis.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(findings(againWithoutBasis)).filteredOn(finding -> String.valueOf(finding.get("rule")).startsWith("decision-"))
                .extracting(finding -> finding.get("file") + ":" + finding.get("rule") + "@" + finding.get("elementId"))
                .containsExactly("it-decision-basis.bpmn:decision-automation-basis@Task_DecideItBenefit");
    }

    private static final String LEGAL_BASIS = "barnetrygdloven § 2";
    private static final String AUTOMATION_BASIS = "NAV-loven § 4 a; GDPR art. 22 nr. 2 bokstav b";

    /** A process that decides a benefit by its rules and, with {@code assessTask}, by a caseworker as well. */
    private static byte[] decisionModel(String legalBasis, String automationBasis, boolean assessTask, String binding) {
        String properties = "<camunda:property name=\"decision\" value=\"it-benefit\"/>"
                + (legalBasis.isEmpty() ? "" : "<camunda:property name=\"legalBasis\" value=\"" + legalBasis + "\"/>");
        String afterDecision = assessTask ? "Flow_ToAssess" : "Flow_ToDecided";
        String assess = assessTask ? """
                    <bpmn:userTask id="Task_AssessItBenefit" name="Assess the benefit" camunda:candidateGroups="nav"
                                   camunda:dueDate="${dateTime().plusDays(7).toDate()}">
                      <bpmn:extensionElements><camunda:properties>%s</camunda:properties></bpmn:extensionElements>
                      <bpmn:incoming>Flow_ToAssess</bpmn:incoming><bpmn:outgoing>Flow_ToDecided</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="Flow_ToAssess" sourceRef="Task_DecideItBenefit" targetRef="Task_AssessItBenefit"/>
                    <bpmn:sequenceFlow id="Flow_ToDecided" sourceRef="Task_AssessItBenefit" targetRef="EndEvent_Decided"/>
                """.formatted("<camunda:property name=\"decision\" value=\"it-benefit\"/>") : """
                    <bpmn:sequenceFlow id="Flow_ToDecided" sourceRef="Task_DecideItBenefit" targetRef="EndEvent_Decided"/>
                """;
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_ItDecisionBasis" targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="it-decision-basis" name="Decide a benefit" isExecutable="true" camunda:historyTimeToLive="3650">
                    <bpmn:startEvent id="StartEvent_Applied" name="Applied"><bpmn:outgoing>Flow_ToDecide</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:businessRuleTask id="Task_DecideItBenefit" name="Check whether the benefit can be granted"
                                           camunda:decisionRef="it-decision-basis" camunda:decisionRefBinding="%s"
                                           camunda:mapDecisionResult="singleResult" camunda:resultVariable="itBenefit">
                      <bpmn:extensionElements><camunda:properties>%s</camunda:properties></bpmn:extensionElements>
                      <bpmn:incoming>Flow_ToDecide</bpmn:incoming><bpmn:outgoing>%s</bpmn:outgoing>
                    </bpmn:businessRuleTask>
                    <bpmn:endEvent id="EndEvent_Decided" name="Decided"><bpmn:incoming>Flow_ToDecided</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_ToDecide" sourceRef="StartEvent_Applied" targetRef="Task_DecideItBenefit"/>
                %s  </bpmn:process>
                </bpmn:definitions>
                """.formatted(binding, properties + (automationBasis.isEmpty() ? ""
                        : "<camunda:property name=\"automationBasis\" value=\"" + automationBasis + "\"/>"), afterDecision, assess))
                .strip().getBytes(StandardCharsets.UTF_8);
    }

    /** A table whose first rule lets the rules decide alone, with this outcome; the second leaves it to a caseworker. */
    private static byte[] decisionTable(String rulesOutcome) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                             id="Definitions_ItDecisionBasis" name="Benefit" namespace="https://lifecase.no/decisions">
                  <decision id="it-decision-basis" name="Can the benefit be granted by the rules?" camunda:historyTimeToLive="3650">
                    <decisionTable id="DecisionTable_ItDecisionBasis" hitPolicy="FIRST">
                      <input id="Input_ItResident" label="Bosatt i Norge? (Folkeregisteret)">
                        <inputExpression id="InputExpression_ItResident" typeRef="boolean"><text>resident</text></inputExpression>
                      </input>
                      <output id="Output_ItOutcome" name="outcome" typeRef="string"/>
                      <output id="Output_ItDecidedBy" name="decidedBy" typeRef="string"/>
                      <rule id="Rule_ItResident">
                        <inputEntry id="Rule_ItResident_Resident"><text>true</text></inputEntry>
                        <outputEntry id="Rule_ItResident_Outcome"><text>%s</text></outputEntry>
                        <outputEntry id="Rule_ItResident_DecidedBy"><text>"rules"</text></outputEntry>
                      </rule>
                      <rule id="Rule_ItOtherwise">
                        <inputEntry id="Rule_ItOtherwise_Resident"><text></text></inputEntry>
                        <outputEntry id="Rule_ItOtherwise_Outcome"><text></text></outputEntry>
                        <outputEntry id="Rule_ItOtherwise_DecidedBy"><text>"caseworker"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(rulesOutcome).strip().getBytes(StandardCharsets.UTF_8);
    }

    /** A citizen's question: a task for the person the case is about, and an end the citizen reads of. */
    private static byte[] citizenQuestion() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_ItCitizenTexts" targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="it-citizen-texts" name="Ask the citizen" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="StartEvent_QuestionDue"><bpmn:outgoing>Flow_ToTellUs</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_TellUs" name="Tell us" camunda:assignee="${subject}"
                                   camunda:dueDate="${dateTime().plusDays(7).toDate()}"
                                   camunda:formRef="employment-report" camunda:formRefBinding="deployment">
                      <bpmn:incoming>Flow_ToTellUs</bpmn:incoming><bpmn:outgoing>Flow_ToTold</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:endEvent id="EndEvent_Told" name="Told"><bpmn:incoming>Flow_ToTold</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_ToTellUs" sourceRef="StartEvent_QuestionDue" targetRef="Task_TellUs"/>
                    <bpmn:sequenceFlow id="Flow_ToTold" sourceRef="Task_TellUs" targetRef="EndEvent_Told"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** A form a citizen fills in, with its texts in the three languages (docs/adr/0052). */
    private static Map<String, byte[]> citizenForm() throws IOException {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("employment-report.form", Files.readAllBytes(JOB_FORMS.resolve("employment-report.form")));
        for (var language : Language.values()) {
            var texts = "employment-report_" + language.tag() + ".properties";
            files.put(texts, Files.readAllBytes(JOB_FORMS.resolve(texts)));
        }
        return files;
    }

    private static Map<String, byte[]> upload(Map<String, byte[]> form, Object... namesAndContents) {
        var files = new LinkedHashMap<>(form);
        for (int i = 0; i < namesAndContents.length; i += 2) {
            files.put((String) namesAndContents[i], (byte[]) namesAndContents[i + 1]);
        }
        return files;
    }

    @Test
    void aCitizenFormWithoutItsNynorskTextsIsRefusedAndWithThemItsNewTextsComeWithTheNewVersion() throws IOException {
        long deploymentsBefore = repository.createDeploymentQuery().count();
        var upload = new LinkedHashMap<String, byte[]>();
        upload.put("it-citizen-report.bpmn", citizenReport());
        upload.put("employment-report.form", Files.readAllBytes(JOB_FORMS.resolve("employment-report.form")));
        for (String language : List.of("nb", "en")) {
            upload.put("employment-report_" + language + ".properties",
                    Files.readAllBytes(JOB_FORMS.resolve("employment-report_" + language + ".properties")));
        }
        for (String language : List.of("nb", "nn", "en")) {
            upload.put("it-citizen-report_" + language + ".properties", "Task_ReportHours=Meldekort\n".getBytes(StandardCharsets.UTF_8));
        }

        var refused = post(OWNER, upload);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(findings(refused)).filteredOn(finding -> "citizen-texts".equals(finding.get("rule")))
                .extracting(finding -> finding.get("file") + "@" + finding.get("elementId"))
                .containsExactlyInAnyOrder("employment-report.form@Field_ReportText", "employment-report.form@Field_WorkedHours",
                        "employment-report.form@Field_WorkedHours", "employment-report.form@Field_AvailableForWork",
                        "employment-report.form@Field_AvailableForWork", "employment-report.form@Field_AvailableForWork");
        assertThat(findings(refused)).filteredOn(finding -> "citizen-texts".equals(finding.get("rule")))
                .allSatisfy(finding -> assertThat((String) finding.get("message")).contains("none in nn", "employment-report_nn.properties"));
        assertThat(repository.createDeploymentQuery().count()).as("nothing deployed").isEqualTo(deploymentsBefore);

        String nynorsk = Files.readString(JOB_FORMS.resolve("employment-report_nn.properties"), StandardCharsets.UTF_8)
                .replace("Field_WorkedHours.label=Kor mange timar har du arbeidd dei siste 14 dagane?",
                        "Field_WorkedHours.label=Kor mange timar arbeidde du dei siste to vekene?");
        upload.put("employment-report_nn.properties", nynorsk.getBytes(StandardCharsets.UTF_8));

        var deployed = post(OWNER, upload);

        assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.CREATED);
        var texts = formTexts.of((String) deployed.getBody().get("deploymentId"), "employment-report");
        assertThat(texts.find("Field_WorkedHours.label", Language.NN)).hasValue("Kor mange timar arbeidde du dei siste to vekene?");
        assertThat(texts.find("Field_WorkedHours.label", Language.NB)).hasValue("Hvor mange timer har du jobbet de siste 14 dagene?");
        var shipped = repository.createProcessDefinitionQuery().processDefinitionKey("losing-and-finding-a-job").latestVersion().singleResult();
        assertThat(formTexts.of(shipped.getDeploymentId(), "employment-report").find("Field_WorkedHours.label", Language.NN))
                .as("the life event's own form keeps the texts of its deployment")
                .hasValue("Kor mange timar har du arbeidd dei siste 14 dagane?");
    }

    @Test
    void aCaseworkerIsNotAProcessOwner() {
        var upload = post(CASEWORKER, Map.of("it-follow-up.bpmn", followUp(false)));
        var list = anonymous.withBasicAuth(CASEWORKER, StaffUsers.passwordOf(CASEWORKER)).getForEntity("/api/models", String.class);
        var nobody = anonymous.getForEntity("/api/models", String.class);

        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(nobody.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** A citizen's own task that uses the employment report form. */
    private static byte[] citizenReport() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_ItCitizenReport" targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="it-citizen-report" name="Report hours" isExecutable="true" camunda:historyTimeToLive="3650">
                    <bpmn:startEvent id="StartEvent_ReportDue" name="Report due"><bpmn:outgoing>Flow_ToReport</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_ReportHours" name="Report your hours" camunda:assignee="${subject}"
                                   camunda:dueDate="${dateTime().plusDays(7).toDate()}"
                                   camunda:formRef="employment-report" camunda:formRefBinding="deployment">
                      <bpmn:incoming>Flow_ToReport</bpmn:incoming><bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:endEvent id="EndEvent_Reported" name="Reported"><bpmn:incoming>Flow_ToEnd</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_ToReport" sourceRef="StartEvent_ReportDue" targetRef="Task_ReportHours"/>
                    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_ReportHours" targetRef="EndEvent_Reported"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** A small process with a follow-up task; the second version adds a step. */
    private static byte[] followUp(boolean withSecondStep) {
        String second = withSecondStep ? """
                    <bpmn:userTask id="Task_ConfirmFollowUp" name="Confirm the follow-up" camunda:candidateGroups="nav"
                                   camunda:dueDate="${dateTime().plusDays(7).toDate()}"
                                   camunda:formRef="notice-follow-up" camunda:formRefBinding="deployment">
                      <bpmn:incoming>Flow_ToConfirm</bpmn:incoming><bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
                    </bpmn:userTask>
                """ + deadlineTimers("ConfirmFollowUp") + """
                    <bpmn:sequenceFlow id="Flow_ToConfirm" sourceRef="Task_FollowUp" targetRef="Task_ConfirmFollowUp"/>
                    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_ConfirmFollowUp" targetRef="EndEvent_Done"/>
                """ : """
                    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_FollowUp" targetRef="EndEvent_Done"/>
                """;
        String afterFollowUp = withSecondStep ? "Flow_ToConfirm" : "Flow_ToEnd";
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_ItFollowUp" targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="it-follow-up" name="Follow up a notice" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="StartEvent_FollowUpDue"><bpmn:outgoing>Flow_ToFollowUp</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:userTask id="Task_FollowUp" name="Follow up the notice" camunda:candidateGroups="nav"
                                   camunda:dueDate="${dateTime().plusDays(7).toDate()}"
                                   camunda:formRef="notice-follow-up" camunda:formRefBinding="deployment">
                      <bpmn:incoming>Flow_ToFollowUp</bpmn:incoming><bpmn:outgoing>%s</bpmn:outgoing>
                    </bpmn:userTask>
                    %s
                    <bpmn:endEvent id="EndEvent_Done"><bpmn:incoming>Flow_ToEnd</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_ToFollowUp" sourceRef="StartEvent_FollowUpDue" targetRef="Task_FollowUp"/>
                %s  </bpmn:process>
                </bpmn:definitions>
                """.formatted(afterFollowUp, deadlineTimers("FollowUp"), second)).strip().getBytes(StandardCharsets.UTF_8);
    }

    /** The reminder and escalation every agency task has (ADR 0025). */
    private static String deadlineTimers(String task) {
        return """
                    <bpmn:boundaryEvent id="Timer_%1$sDeadlineNear" name="Deadline near" cancelActivity="false" attachedToRef="Task_%1$s">
                      <bpmn:outgoing>Flow_ToRemind%1$s</bpmn:outgoing>
                      <bpmn:timerEventDefinition id="TimerDefinition_%1$sDeadlineNear"><bpmn:timeDate>${taskDeadline.reminder(execution)}</bpmn:timeDate></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:serviceTask id="Task_Remind%1$s" name="Remind Nav of the deadline" camunda:delegateExpression="${remindAgency}">
                      <bpmn:incoming>Flow_ToRemind%1$s</bpmn:incoming><bpmn:outgoing>Flow_FromRemind%1$s</bpmn:outgoing>
                    </bpmn:serviceTask>
                    <bpmn:endEvent id="EndEvent_%1$sReminded"><bpmn:incoming>Flow_FromRemind%1$s</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_ToRemind%1$s" sourceRef="Timer_%1$sDeadlineNear" targetRef="Task_Remind%1$s"/>
                    <bpmn:sequenceFlow id="Flow_FromRemind%1$s" sourceRef="Task_Remind%1$s" targetRef="EndEvent_%1$sReminded"/>
                    <bpmn:boundaryEvent id="Timer_%1$sDeadlinePassed" name="Deadline passed" cancelActivity="false" attachedToRef="Task_%1$s">
                      <bpmn:outgoing>Flow_ToEscalate%1$s</bpmn:outgoing>
                      <bpmn:timerEventDefinition id="TimerDefinition_%1$sDeadlinePassed"><bpmn:timeDate>${taskDeadline.escalation(execution)}</bpmn:timeDate></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:serviceTask id="Task_Escalate%1$s" name="Escalate to Nav's supervisors" camunda:delegateExpression="${escalateToSupervisors}">
                      <bpmn:incoming>Flow_ToEscalate%1$s</bpmn:incoming><bpmn:outgoing>Flow_FromEscalate%1$s</bpmn:outgoing>
                    </bpmn:serviceTask>
                    <bpmn:endEvent id="EndEvent_%1$sEscalated"><bpmn:incoming>Flow_FromEscalate%1$s</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_ToEscalate%1$s" sourceRef="Timer_%1$sDeadlinePassed" targetRef="Task_Escalate%1$s"/>
                    <bpmn:sequenceFlow id="Flow_FromEscalate%1$s" sourceRef="Task_Escalate%1$s" targetRef="EndEvent_%1$sEscalated"/>
                """.formatted(task);
    }

    private int latestVersion(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getVersion();
    }

    private ResponseEntity<Map<String, Object>> post(String user, Map<String, byte[]> files) {
        return post(user, files, "/api/models");
    }

    private ResponseEntity<Map<String, Object>> post(String user, Map<String, byte[]> files, String path) {
        var body = new LinkedMultiValueMap<String, Object>();
        files.forEach((name, content) -> body.add("files", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }));
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return anonymous.withBasicAuth(user, StaffUsers.passwordOf(user)).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JSON);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> findings(ResponseEntity<Map<String, Object>> response) {
        return (List<Map<String, Object>>) response.getBody().get("findings");
    }
}
