package no.lifecase.processowner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.lifecase.lifeevent.ShippedLifeEvents;
import no.lifecase.modelsafety.ModelBeans;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator's rules, each on a small upload that keeps every rule but the one it breaks, and without an engine:
 * unsafe XML, file limits, ids, names, choices, delegates and retries, user tasks and their forms, form fields,
 * decisions, the notify-agency contract and history retention.
 */
class ModelValidatorTest {

    private static final String PROCESS = "help.bpmn";
    private static final String DECISION = "help-routing.dmn";
    private static final String START_FORM = "start-help.form";
    private static final String CITIZEN_FORM = "choose-help.form";
    private static final String AGENCY_FORM = "assess-help.form";

    private final RepositoryService repository = mock(RepositoryService.class);
    private final DelegateBeans delegates = new DelegateBeans();
    private final ModelValidator validator = new ModelValidator(repository,
            new ProcessOwnerProperties(null, null, null, null), delegates, ShippedLifeEvents.all(), Duration.ofDays(3650));

    /** The delegate beans models may name: every name, or only those given. */
    private static final class DelegateBeans implements ModelBeans {

        private static final JavaDelegate DELEGATE = execution -> { };

        private Set<String> known;

        void every() {
            known = null;
        }

        void only(String... names) {
            known = Set.of(names);
        }

        @Override
        public Object find(String name) {
            return known == null || known.contains(name) ? DELEGATE : null;
        }

        @Override
        public boolean isOffLimits(String name) {
            return false;
        }

        @Override
        public String nameOf(Object bean) {
            return null;
        }
    }

    @BeforeEach
    void everyDelegateBeanExistsAndOnlyTheDeployedDecisionIsDeployed() {
        delegates.every();
        var none = mock(DecisionDefinitionQuery.class);
        var one = mock(DecisionDefinitionQuery.class);
        when(none.count()).thenReturn(0L);
        when(one.count()).thenReturn(1L);
        var query = mock(DecisionDefinitionQuery.class);
        when(query.decisionDefinitionKey(anyString())).thenReturn(none);
        when(query.decisionDefinitionKey("deployed-routing")).thenReturn(one);
        when(repository.createDecisionDefinitionQuery()).thenReturn(query);
    }

    @Test
    void generatedIdsAreRecognisedAndNamedOnesAreNot() {
        assertThat(List.of("Activity_0x1y2z3", "Gateway_1abc", "Flow_0k2j3h4", "Event_1qw2e3r", "StartEvent_1",
                "sid-6A8D2C1F-1111-2222-3333-444455556666", "Form_0abc123"))
                .allMatch(id -> ModelValidator.GENERATED_ID.matcher(id).matches());
        assertThat(List.of("Task_NotifyNav", "Gateway_HasSpouse", "Flow_ToSendNotice", "StartEvent_PersonDied",
                "Message_SkifteattestIssued", "having-a-child", "Task_2ndReminder"))
                .noneMatch(id -> ModelValidator.GENERATED_ID.matcher(id).matches());
    }

    @Test
    void entityExpansionIsRefusedBeforeTheModelIsRead() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Lolz">&lol2;</bpmn:definitions>
                """.strip();

        var findings = validator.validate(List.of(new ModelFile("lolz.bpmn", laughs.getBytes(StandardCharsets.UTF_8))));

        assertThat(findings).extracting(ModelFinding::rule).containsExactly("xml-doctype");
    }

    @Test
    void limitsAndFileTypesAreFindings() {
        var tooMany = java.util.stream.IntStream.range(0, 41).mapToObj(i -> new ModelFile("f" + i + ".form", new byte[0])).toList();
        assertThat(validator.validate(tooMany)).extracting(ModelFinding::rule).containsExactly("too-many-files");
        assertThat(validator.validate(List.of(new ModelFile("../evil.bpmn", new byte[0]), new ModelFile("notes.txt", new byte[0]))))
                .extracting(ModelFinding::rule).containsExactly("file-name", "file-type");
    }

    @Test
    void aFormNeedsAnIdAndComponents() {
        var findings = validator.validate(List.of(
                new ModelFile("empty.form", "{}".getBytes(StandardCharsets.UTF_8)),
                new ModelFile("broken.form", "{".getBytes(StandardCharsets.UTF_8)),
                new ModelFile("home-visit.form", form("home-visit").getBytes(StandardCharsets.UTF_8))));

        assertThat(findings).extracting(finding -> finding.file() + ":" + finding.rule())
                .containsExactly("empty.form:form-id", "empty.form:form-components", "broken.form:form-json");
    }

    @Test
    void aServiceTaskWithAKnownAsynchronousDelegatePasses() {
        delegates.only("lookUpPerson");
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_LookUp" targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="look-up" name="Look up" isExecutable="true" camunda:historyTimeToLive="3650">
                    <bpmn:serviceTask id="Task_LookUp" name="Look up the person" camunda:delegateExpression="${lookUpPerson}" camunda:asyncBefore="true">
                      <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R5/PT1M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
                    </bpmn:serviceTask>
                    <bpmn:serviceTask id="Task_Other" name="Do something else" camunda:delegateExpression="${missingBean}" camunda:asyncBefore="true">
                      <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R5/PT1M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
                    </bpmn:serviceTask>
                  </bpmn:process>
                </bpmn:definitions>
                """.strip();

        var findings = validator.validate(List.of(new ModelFile("look-up.bpmn", model.getBytes(StandardCharsets.UTF_8))));

        assertThat(findings).extracting(finding -> finding.elementId() + ":" + finding.rule()).containsExactly("Task_Other:delegate-bean");
    }

    @Test
    void anAgencyTaskNeedsADueDateAndBothDeadlineTimers() {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_Deadlines" targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="deadlines" name="Deadlines" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:userTask id="Task_WithTimers" camunda:candidateGroups="nav" camunda:dueDate="${dateTime().plusDays(7).toDate()}"
                                   camunda:formRef="home-visit" camunda:formRefBinding="deployment"/>
                    <bpmn:boundaryEvent id="Timer_WithTimersDeadlineNear" cancelActivity="false" attachedToRef="Task_WithTimers">
                      <bpmn:timerEventDefinition id="TimerDefinition_Near"><bpmn:timeDate>${taskDeadline.reminder(execution)}</bpmn:timeDate></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:serviceTask id="Task_Remind" camunda:delegateExpression="${remindAgency}"/>
                    <bpmn:sequenceFlow id="Flow_ToRemind" sourceRef="Timer_WithTimersDeadlineNear" targetRef="Task_Remind"/>
                    <bpmn:boundaryEvent id="Timer_WithTimersDeadlinePassed" attachedToRef="Task_WithTimers">
                      <bpmn:timerEventDefinition id="TimerDefinition_Passed"><bpmn:timeDate>${taskDeadline.escalation(execution)}</bpmn:timeDate></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:serviceTask id="Task_Escalate" camunda:delegateExpression="${escalateToSupervisors}"/>
                    <bpmn:sequenceFlow id="Flow_ToEscalate" sourceRef="Timer_WithTimersDeadlinePassed" targetRef="Task_Escalate"/>
                    <bpmn:userTask id="Task_WithoutAnything" camunda:candidateGroups="${courtAgency}"
                                   camunda:formRef="home-visit" camunda:formRefBinding="deployment"/>
                    <bpmn:userTask id="Task_ForTheCitizen" camunda:assignee="${mother}" camunda:dueDate="${dateTime().plusDays(21).toDate()}"
                                   camunda:formRef="home-visit" camunda:formRefBinding="deployment"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.strip();

        var upload = new LinkedHashMap<String, String>();
        upload.put("deadlines.bpmn", model);
        upload.put("home-visit.form", form("home-visit"));
        upload.put("home-visit_nb.properties", upload().get("choose-help_nb.properties"));
        upload.put("home-visit_nn.properties", upload().get("choose-help_nn.properties"));
        upload.put("home-visit_en.properties", upload().get("choose-help_en.properties"));
        upload.put("deadlines_nb.properties", "Task_ForTheCitizen=Svar oss");
        upload.put("deadlines_nn.properties", "Task_ForTheCitizen=Svar oss");
        upload.put("deadlines_en.properties", "Task_ForTheCitizen=Answer us");
        var findings = validator.validate(files(upload));

        // The escalation interrupts the task, the other agency task has neither due date nor timers; the
        // citizen's task needs no timers, and the deadline delegates need not be asynchronous.
        assertThat(findings).filteredOn(ModelFinding::isError).extracting(finding -> finding.elementId() + ":" + finding.rule())
                .containsExactlyInAnyOrder("Timer_WithTimersDeadlinePassed:deadline-timers",
                        "Task_WithoutAnything:deadline-due-date", "Task_WithoutAnything:deadline-timers",
                        "Task_WithoutAnything:deadline-timers");
    }

    // ---------------------------------------------------------------------------------------------------------
    // Lifecase's rules for how a model is written, each broken once in an upload that keeps all the others

    @Test
    void anUploadThatKeepsEveryRuleHasNoFinding() {
        assertThat(findings(upload())).isEmpty();
    }

    static Stream<Arguments> oneRuleBroken() {
        return Stream.of(
                // ids name the thing; a generated one is reported as such, once
                broken(PROCESS, "Task_LookUpPerson", "lookUpPersonTask", "lookUpPersonTask:descriptive-id:ERROR"),
                broken(PROCESS, "Flow_ToDecide", "Flow_toDecide", "Flow_toDecide:descriptive-id:ERROR"),
                broken(PROCESS, "Task_LookUpPerson", "Activity_0x1y2z3", "Activity_0x1y2z3:generated-id:ERROR"),
                // the process is named and keeps its history as long as the case file
                broken(PROCESS, " name=\"Help for a family\"", "", "help:process-name:ERROR"),
                broken(PROCESS, " camunda:historyTimeToLive=\"3650\"", "", "help:history-time-to-live:ERROR"),
                broken(PROCESS, "camunda:historyTimeToLive=\"3650\"", "camunda:historyTimeToLive=\"30\"", "help:history-retention:WARNING"),
                broken(PROCESS, "camunda:historyTimeToLive=\"3650\"", "camunda:historyTimeToLive=\"P3650D\""),
                broken(PROCESS, "camunda:historyTimeToLive=\"3650\"", "camunda:historyTimeToLive=\"99999999999999999999\"",
                        "help:history-retention:WARNING"),
                broken(DECISION, "camunda:historyTimeToLive=\"3650\"", "camunda:historyTimeToLive=\"365\"", "help-routing:history-retention:WARNING"),
                broken(DECISION, " camunda:historyTimeToLive=\"3650\"", "", "help-routing:history-time-to-live:ERROR"),
                // every step has a plain-language name
                broken(PROCESS, " name=\"Look up the family\"", "", "Task_LookUpPerson:step-name:WARNING"),
                broken(PROCESS, "name=\"Look up the family\"", "name=\"Task_LookUpPerson\"", "Task_LookUpPerson:step-name:WARNING"),
                broken(PROCESS, "name=\"Look up the family\"", "name=\"Look up ${applicant}\"", "Task_LookUpPerson:step-name:WARNING"),
                broken(PROCESS, " name=\"Help given\"", "", "EndEvent_HelpGiven:step-name:WARNING"),
                broken(PROCESS, " name=\"Has a spouse?\"", "", "Gateway_HasSpouse:step-name:WARNING"),
                // every branch out of a choice is labelled and conditioned, or the default
                broken(PROCESS, " name=\"yes\"", "", "Flow_Spouse:split-flow-label:WARNING"),
                broken(PROCESS, "<bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">${hasSpouse}</bpmn:conditionExpression>", "",
                        "Flow_Spouse:split-flow-condition:ERROR"),
                broken(PROCESS, " default=\"Flow_NoSpouse\"", "", "Flow_NoSpouse:split-flow-condition:ERROR"),
                // a call to another system names one delegate bean, runs asynchronously, and retries in a known cycle
                broken(PROCESS, "${lookUpPerson}", "${ lookUpPerson }", "Task_LookUpPerson:delegate-expression:ERROR"),
                broken(PROCESS, " camunda:asyncBefore=\"true\"", "", "Task_LookUpPerson:async-before:ERROR"),
                broken(PROCESS, "<camunda:failedJobRetryTimeCycle>R5/PT1M</camunda:failedJobRetryTimeCycle>", "",
                        "Task_LookUpPerson:retry-cycle:ERROR"),
                broken(PROCESS, ">R5/PT1M<", ">R5/PT30S<", "Task_LookUpPerson:retry-cycle:ERROR"),
                broken(PROCESS, ">R5/PT1M<", ">R5/PT1M</camunda:failedJobRetryTimeCycle><camunda:failedJobRetryTimeCycle>R3/PT5M<",
                        "Task_LookUpPerson:retry-cycle:ERROR"),
                broken(PROCESS, ">R5/PT1M<", ">PT1M,PT5M,PT30M,PT2H<"),
                // the deadline delegates run in their timer's own job
                broken(PROCESS, "camunda:delegateExpression=\"${remindAgency}\"", "camunda:delegateExpression=\"${remindAgency}\" camunda:asyncBefore=\"true\"",
                        "Task_RemindAssessHelp:deadline-delegate-async:WARNING"),
                // every user task has a due date and a form bound to the deployment, uploaded with it; so has a start form
                broken(PROCESS, " camunda:dueDate=\"${dateTime().plusDays(21).toDate()}\"", "", "Task_ChooseHelp:due-date:ERROR"),
                broken(PROCESS, "camunda:formRef=\"choose-help\" camunda:formRefBinding=\"deployment\"",
                        "camunda:formRef=\"choose-help\" camunda:formRefBinding=\"latest\"", "Task_ChooseHelp:form-ref-binding:ERROR"),
                broken(PROCESS, "camunda:formRef=\"start-help\" camunda:formRefBinding=\"deployment\"", "camunda:formRef=\"start-help\"",
                        "StartEvent_HelpAskedFor:form-ref-binding:ERROR"),
                broken(PROCESS, "camunda:formRef=\"assess-help\"", "camunda:formRef=\"assess-help-again\"", "Task_AssessHelp:form-missing:ERROR"),
                // the decision called exists: uploaded with a model bound to its deployment, or deployed already
                broken(PROCESS, "camunda:decisionRef=\"help-routing\"", "camunda:decisionRef=\"other-routing\"",
                        "Task_DecideAgency:decision-missing:ERROR"),
                broken(PROCESS, "camunda:decisionRef=\"help-routing\" camunda:decisionRefBinding=\"deployment\"",
                        "camunda:decisionRef=\"other-routing\" camunda:decisionRefBinding=\"latest\"", "Task_DecideAgency:decision-missing:ERROR"),
                broken(PROCESS, "camunda:decisionRef=\"help-routing\" camunda:decisionRefBinding=\"deployment\"",
                        "camunda:decisionRef=\"deployed-routing\" camunda:decisionRefBinding=\"latest\""),
                // a call to notify-agency keeps its contract
                broken(PROCESS, " camunda:calledElementBinding=\"latest\"", "", "Task_NotifyNav:notify-agency-contract:ERROR"),
                broken(PROCESS, "<camunda:in businessKey=\"#{execution.processBusinessKey}\"/>", "", "Task_NotifyNav:notify-agency-contract:ERROR"),
                broken(PROCESS, "<camunda:in source=\"caseRef\" target=\"caseRef\"/>", "<camunda:in source=\"caseReference\" target=\"caseRef\"/>",
                        "Task_NotifyNav:notify-agency-contract:ERROR"),
                broken(PROCESS, "<camunda:in sourceExpression=\"${helpAgency}\" target=\"agency\"/>", "", "Task_NotifyNav:notify-agency-contract:ERROR"),
                broken(PROCESS, "<camunda:in sourceExpression=\"help-asked-for\" target=\"notice\"/>", "", "Task_NotifyNav:notify-agency-contract:ERROR"),
                // a form has a required field to fill in, bounded free text and real choices
                broken(AGENCY_FORM, "\"required\": true", "\"required\": false", "assess-help:form-required-field:ERROR"),
                broken(AGENCY_FORM, "\"maxLength\": 500", "\"minLength\": 2", "advice:form-max-length:ERROR"),
                broken(AGENCY_FORM, ", {\"label\": \"No\", \"value\": \"no\"}", "", "approved:form-choices:ERROR"),
                // a form a citizen fills in has every text in bokmål, nynorsk and English, and no text it does not show
                broken("choose-help_nn.properties", "Field_Approved.values.no=Nei", "", "Field_Approved:citizen-texts:ERROR"),
                broken("start-help_en.properties", "Field_Intro.text=", "Field_Intro.txt=", "Field_Intro:citizen-texts:ERROR",
                        "Field_Intro:citizen-texts:WARNING"),
                broken("choose-help_nb.properties", "Field_Approved.values.yes=Ja", "Field_Approved.values.ja=Ja",
                        "Field_Approved:citizen-texts:ERROR", "Field_Approved:citizen-texts:WARNING"),
                // an agency's form needs no texts
                broken(AGENCY_FORM, "Field_Intro", "Field_Introduction"));
    }

    @Test
    void aCitizenFormWithoutItsNynorskTextsIsRefusedNamingEachTextAndItsLanguage() {
        var upload = upload();
        upload.remove("choose-help_nn.properties");

        var findings = validator.validate(files(upload));

        assertThat(findings).filteredOn(finding -> finding.rule().equals("citizen-texts")).hasSize(7)
                .allMatch(finding -> finding.file().equals(CITIZEN_FORM) && finding.severity() == ModelFinding.Severity.ERROR)
                .anyMatch(finding -> finding.elementId().equals("Field_Approved")
                        && finding.message().contains("Field_Approved.values.no") && finding.message().contains("nn")
                        && finding.message().contains("choose-help_nn.properties") && !finding.message().contains("nb"));
    }

    @Test
    void textsAreUploadedWithTheirModelAndReadAsProperties() {
        var upload = upload();
        upload.put("other-help_nn.properties", "Field_Intro.text=Anna");
        upload.put("start-help_nn.properties", upload.get("start-help_nn.properties") + "\nField_Broken=\\u12");

        assertThat(findings(upload)).containsExactlyInAnyOrder("null:citizen-texts:ERROR", "null:citizen-texts:ERROR");
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("oneRuleBroken")
    void anUploadThatBreaksOneRuleHasThatFindingOnly(String file, String from, String to, List<String> expected) {
        var upload = upload();
        assertThat(upload.get(file)).as("the upload's " + file).contains(from);
        upload.put(file, upload.get(file).replace(from, to));

        assertThat(findings(upload)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aModelBoundToItsDeploymentFindsItsFormsAndDecisionsOnlyInTheUpload() {
        var upload = upload();
        upload.remove(START_FORM);
        List.of("nb", "nn", "en").forEach(language -> upload.remove("start-help_" + language + ".properties"));
        upload.remove(DECISION);

        assertThat(findings(upload)).containsExactlyInAnyOrder("StartEvent_HelpAskedFor:form-missing:ERROR",
                "Task_DecideAgency:decision-missing:ERROR");
    }

    @Test
    void aCallToAnotherProcessNeedsNotKeepTheNotifyAgencyContract() {
        var upload = upload();
        upload.put(PROCESS, upload.get(PROCESS).replace("calledElement=\"notify-agency\" camunda:calledElementBinding=\"latest\"",
                "calledElement=\"help-follow-up\" camunda:calledElementBinding=\"version\" camunda:calledElementVersion=\"1\"")
                .replace("<camunda:in businessKey=\"#{execution.processBusinessKey}\"/>", ""));

        assertThat(findings(upload)).isEmpty();
    }

    // --- reads that share the asynchronous step before them (docs/adr/0065-fewer-transactions-per-case.md) -----------

    @Test
    void aReadThatSharesTheStepOfTheLookUpBeforeItPasses() {
        assertThat(findingsWithReads(withASecondRead(), "lookUpPerson", "readFacts")).isEmpty();
    }

    @Test
    void aReadAfterACallThatChangesSomethingElsewhereInTheSameStepIsAFinding() {
        assertThat(findingsWithReads(withASecondRead(), "readFacts")).containsExactly("Task_ReadFacts:shared-step-read:ERROR");
    }

    @Test
    void aReadWithoutAnAsynchronousStepBeforeItWouldRunInTheCasesOpeningAndIsAFinding() {
        var upload = upload();
        upload.put(PROCESS, upload.get(PROCESS).replace(" camunda:asyncBefore=\"true\"", ""));

        assertThat(findingsWithReads(upload, "lookUpPerson"))
                .containsExactlyInAnyOrder("Task_LookUpPerson:shared-step-read:ERROR", "Task_LookUpPerson:retry-cycle:WARNING");
    }

    /** The upload with a second read after the look-up, in the look-up's step. */
    private static Map<String, String> withASecondRead() {
        var upload = upload();
        var process = upload.get(PROCESS);
        assertThat(process).contains("<bpmn:outgoing>Flow_ToDecide</bpmn:outgoing>", "<bpmn:businessRuleTask id=\"Task_DecideAgency\"",
                "<bpmn:sequenceFlow id=\"Flow_ToDecide\" sourceRef=\"Task_LookUpPerson\"");
        upload.put(PROCESS, process
                .replace("<bpmn:outgoing>Flow_ToDecide</bpmn:outgoing>", "<bpmn:outgoing>Flow_ToReadFacts</bpmn:outgoing>")
                .replace("<bpmn:businessRuleTask id=\"Task_DecideAgency\"", """
                        <bpmn:serviceTask id="Task_ReadFacts" name="Read what the rules need" camunda:delegateExpression="${readFacts}">
                          <bpmn:incoming>Flow_ToReadFacts</bpmn:incoming><bpmn:outgoing>Flow_ToDecide</bpmn:outgoing>
                        </bpmn:serviceTask>
                        <bpmn:sequenceFlow id="Flow_ToReadFacts" sourceRef="Task_LookUpPerson" targetRef="Task_ReadFacts"/>
                        <bpmn:businessRuleTask id="Task_DecideAgency\"""")
                .replace("<bpmn:sequenceFlow id=\"Flow_ToDecide\" sourceRef=\"Task_LookUpPerson\"",
                        "<bpmn:sequenceFlow id=\"Flow_ToDecide\" sourceRef=\"Task_ReadFacts\""));
        return upload;
    }

    private List<String> findingsWithReads(Map<String, String> upload, String... repeatableReads) {
        var withReads = new ModelValidator(repository, new ProcessOwnerProperties(null, null, null, Set.of(repeatableReads)),
                delegates, ShippedLifeEvents.all(), Duration.ofDays(3650));
        return withReads.validate(files(upload)).stream()
                .map(finding -> finding.elementId() + ":" + finding.rule() + ":" + finding.severity()).toList();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Arguments broken(String file, String from, String to, String... expected) {
        return Arguments.of(file, from, to, List.of(expected));
    }

    private static List<ModelFile> files(Map<String, String> upload) {
        var files = new ArrayList<ModelFile>();
        upload.forEach((name, content) -> files.add(new ModelFile(name, content.getBytes(StandardCharsets.UTF_8))));
        return files;
    }

    private List<String> findings(Map<String, String> upload) {
        var findings = validator.validate(files(upload));
        findings.forEach(finding -> System.out.println("finding: " + finding));
        return findings.stream().map(finding -> finding.elementId() + ":" + finding.rule() + ":" + finding.severity()).toList();
    }

    /**
     * A process that keeps every rule: a start form, an asynchronous register call with retries, a decision, a labelled
     * choice with a default, a parallel fork and joins without names, a call to notify-agency, a citizen's task and an
     * agency task with its deadline timers; with its decision and forms.
     */
    private static Map<String, String> upload() {
        var upload = new LinkedHashMap<String, String>();
        upload.put(PROCESS, """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                                  id="Definitions_Help" targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="help" name="Help for a family" isExecutable="true" camunda:historyTimeToLive="3650">
                    <bpmn:startEvent id="StartEvent_HelpAskedFor" name="Help asked for" camunda:formRef="start-help" camunda:formRefBinding="deployment">
                      <bpmn:outgoing>Flow_ToLookUp</bpmn:outgoing>
                    </bpmn:startEvent>
                    <bpmn:serviceTask id="Task_LookUpPerson" name="Look up the family" camunda:delegateExpression="${lookUpPerson}" camunda:asyncBefore="true">
                      <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R5/PT1M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
                      <bpmn:incoming>Flow_ToLookUp</bpmn:incoming><bpmn:outgoing>Flow_ToDecide</bpmn:outgoing>
                    </bpmn:serviceTask>
                    <bpmn:businessRuleTask id="Task_DecideAgency" name="Decide which agency helps"
                                           camunda:decisionRef="help-routing" camunda:decisionRefBinding="deployment"
                                           camunda:mapDecisionResult="singleEntry" camunda:resultVariable="helpAgency">
                      <bpmn:incoming>Flow_ToDecide</bpmn:incoming><bpmn:outgoing>Flow_ToHasSpouse</bpmn:outgoing>
                    </bpmn:businessRuleTask>
                    <bpmn:exclusiveGateway id="Gateway_HasSpouse" name="Has a spouse?" default="Flow_NoSpouse">
                      <bpmn:incoming>Flow_ToHasSpouse</bpmn:incoming><bpmn:outgoing>Flow_Spouse</bpmn:outgoing><bpmn:outgoing>Flow_NoSpouse</bpmn:outgoing>
                    </bpmn:exclusiveGateway>
                    <bpmn:parallelGateway id="Gateway_HelpFork">
                      <bpmn:incoming>Flow_Spouse</bpmn:incoming><bpmn:outgoing>Flow_ToNotifyNav</bpmn:outgoing><bpmn:outgoing>Flow_ToChooseHelp</bpmn:outgoing>
                    </bpmn:parallelGateway>
                    <bpmn:callActivity id="Task_NotifyNav" name="Tell Nav" calledElement="notify-agency" camunda:calledElementBinding="latest">
                      <bpmn:extensionElements>
                        <camunda:in businessKey="#{execution.processBusinessKey}"/>
                        <camunda:in source="caseRef" target="caseRef"/>
                        <camunda:in sourceExpression="${helpAgency}" target="agency"/>
                        <camunda:in sourceExpression="help-asked-for" target="notice"/>
                      </bpmn:extensionElements>
                      <bpmn:incoming>Flow_ToNotifyNav</bpmn:incoming><bpmn:outgoing>Flow_FromNotifyNav</bpmn:outgoing>
                    </bpmn:callActivity>
                    <bpmn:userTask id="Task_ChooseHelp" name="Choose the help you want" camunda:assignee="${applicant}"
                                   camunda:dueDate="${dateTime().plusDays(21).toDate()}" camunda:formRef="choose-help" camunda:formRefBinding="deployment">
                      <bpmn:incoming>Flow_ToChooseHelp</bpmn:incoming><bpmn:outgoing>Flow_FromChooseHelp</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:parallelGateway id="Gateway_HelpJoin">
                      <bpmn:incoming>Flow_FromNotifyNav</bpmn:incoming><bpmn:incoming>Flow_FromChooseHelp</bpmn:incoming><bpmn:outgoing>Flow_ToSpouseHandled</bpmn:outgoing>
                    </bpmn:parallelGateway>
                    <bpmn:exclusiveGateway id="Gateway_SpouseHandled">
                      <bpmn:incoming>Flow_ToSpouseHandled</bpmn:incoming><bpmn:incoming>Flow_NoSpouse</bpmn:incoming><bpmn:outgoing>Flow_ToAssessHelp</bpmn:outgoing>
                    </bpmn:exclusiveGateway>
                    <bpmn:userTask id="Task_AssessHelp" name="Assess the help" camunda:candidateGroups="${helpAgency}"
                                   camunda:dueDate="${dateTime().plusDays(14).toDate()}" camunda:formRef="assess-help" camunda:formRefBinding="deployment">
                      <bpmn:incoming>Flow_ToAssessHelp</bpmn:incoming><bpmn:outgoing>Flow_ToEnd</bpmn:outgoing>
                    </bpmn:userTask>
                    <bpmn:boundaryEvent id="Timer_AssessHelpDeadlineNear" name="Deadline near" cancelActivity="false" attachedToRef="Task_AssessHelp">
                      <bpmn:outgoing>Flow_ToRemindAssessHelp</bpmn:outgoing>
                      <bpmn:timerEventDefinition id="TimerDefinition_AssessHelpDeadlineNear"><bpmn:timeDate>${taskDeadline.reminder(execution)}</bpmn:timeDate></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:serviceTask id="Task_RemindAssessHelp" name="Remind the agency of the deadline" camunda:delegateExpression="${remindAgency}">
                      <bpmn:incoming>Flow_ToRemindAssessHelp</bpmn:incoming><bpmn:outgoing>Flow_FromRemindAssessHelp</bpmn:outgoing>
                    </bpmn:serviceTask>
                    <bpmn:endEvent id="EndEvent_AssessHelpReminded" name="Reminder sent"><bpmn:incoming>Flow_FromRemindAssessHelp</bpmn:incoming></bpmn:endEvent>
                    <bpmn:boundaryEvent id="Timer_AssessHelpDeadlinePassed" name="Deadline passed" cancelActivity="false" attachedToRef="Task_AssessHelp">
                      <bpmn:outgoing>Flow_ToEscalateAssessHelp</bpmn:outgoing>
                      <bpmn:timerEventDefinition id="TimerDefinition_AssessHelpDeadlinePassed"><bpmn:timeDate>${taskDeadline.escalation(execution)}</bpmn:timeDate></bpmn:timerEventDefinition>
                    </bpmn:boundaryEvent>
                    <bpmn:serviceTask id="Task_EscalateAssessHelp" name="Escalate to the supervisors" camunda:delegateExpression="${escalateToSupervisors}">
                      <bpmn:incoming>Flow_ToEscalateAssessHelp</bpmn:incoming><bpmn:outgoing>Flow_FromEscalateAssessHelp</bpmn:outgoing>
                    </bpmn:serviceTask>
                    <bpmn:endEvent id="EndEvent_AssessHelpEscalated" name="Supervisors alerted"><bpmn:incoming>Flow_FromEscalateAssessHelp</bpmn:incoming></bpmn:endEvent>
                    <bpmn:endEvent id="EndEvent_HelpGiven" name="Help given"><bpmn:incoming>Flow_ToEnd</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="Flow_ToLookUp" sourceRef="StartEvent_HelpAskedFor" targetRef="Task_LookUpPerson"/>
                    <bpmn:sequenceFlow id="Flow_ToDecide" sourceRef="Task_LookUpPerson" targetRef="Task_DecideAgency"/>
                    <bpmn:sequenceFlow id="Flow_ToHasSpouse" sourceRef="Task_DecideAgency" targetRef="Gateway_HasSpouse"/>
                    <bpmn:sequenceFlow id="Flow_Spouse" name="yes" sourceRef="Gateway_HasSpouse" targetRef="Gateway_HelpFork">
                      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${hasSpouse}</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                    <bpmn:sequenceFlow id="Flow_NoSpouse" name="no spouse" sourceRef="Gateway_HasSpouse" targetRef="Gateway_SpouseHandled"/>
                    <bpmn:sequenceFlow id="Flow_ToNotifyNav" sourceRef="Gateway_HelpFork" targetRef="Task_NotifyNav"/>
                    <bpmn:sequenceFlow id="Flow_ToChooseHelp" sourceRef="Gateway_HelpFork" targetRef="Task_ChooseHelp"/>
                    <bpmn:sequenceFlow id="Flow_FromNotifyNav" sourceRef="Task_NotifyNav" targetRef="Gateway_HelpJoin"/>
                    <bpmn:sequenceFlow id="Flow_FromChooseHelp" sourceRef="Task_ChooseHelp" targetRef="Gateway_HelpJoin"/>
                    <bpmn:sequenceFlow id="Flow_ToSpouseHandled" sourceRef="Gateway_HelpJoin" targetRef="Gateway_SpouseHandled"/>
                    <bpmn:sequenceFlow id="Flow_ToAssessHelp" sourceRef="Gateway_SpouseHandled" targetRef="Task_AssessHelp"/>
                    <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Task_AssessHelp" targetRef="EndEvent_HelpGiven"/>
                    <bpmn:sequenceFlow id="Flow_ToRemindAssessHelp" sourceRef="Timer_AssessHelpDeadlineNear" targetRef="Task_RemindAssessHelp"/>
                    <bpmn:sequenceFlow id="Flow_FromRemindAssessHelp" sourceRef="Task_RemindAssessHelp" targetRef="EndEvent_AssessHelpReminded"/>
                    <bpmn:sequenceFlow id="Flow_ToEscalateAssessHelp" sourceRef="Timer_AssessHelpDeadlinePassed" targetRef="Task_EscalateAssessHelp"/>
                    <bpmn:sequenceFlow id="Flow_FromEscalateAssessHelp" sourceRef="Task_EscalateAssessHelp" targetRef="EndEvent_AssessHelpEscalated"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.strip());
        upload.put(DECISION, """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                             id="Definitions_HelpRouting" name="Help routing" namespace="https://lifecase.no/decisions">
                  <decision id="help-routing" name="Which agency helps" camunda:historyTimeToLive="3650">
                    <decisionTable id="DecisionTable_HelpRouting">
                      <input id="Input_HasSpouse" label="Has a spouse">
                        <inputExpression id="InputExpression_HasSpouse" typeRef="boolean"><text>hasSpouse</text></inputExpression>
                      </input>
                      <output id="Output_HelpAgency" name="helpAgency" typeRef="string"/>
                      <rule id="Rule_Nav">
                        <inputEntry id="InputEntry_Any"><text>-</text></inputEntry>
                        <outputEntry id="OutputEntry_Nav"><text>"nav"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.strip());
        upload.put(START_FORM, form("start-help"));
        upload.put(CITIZEN_FORM, form("choose-help"));
        upload.put(AGENCY_FORM, form("assess-help"));
        // What the citizen reads for their task, in each language (docs/adr/0050).
        upload.put("help_nb.properties", "Task_ChooseHelp=Velg hjelpen du vil ha\n");
        upload.put("help_nn.properties", "Task_ChooseHelp=Vel hjelpa du vil ha\n");
        upload.put("help_en.properties", "Task_ChooseHelp=Choose the help you want\n");
        for (String citizenForm : List.of("start-help", "choose-help")) {
            upload.put(citizenForm + "_nb.properties", formTexts("Hva vi vet og hva vi spør om.", "Sak", "Innvilget?", "Ja", "Nei", "Råd", "Kontor"));
            upload.put(citizenForm + "_nn.properties", formTexts("Kva vi veit og kva vi spør om.", "Sak", "Innvilga?", "Ja", "Nei", "Råd", "Kontor"));
            upload.put(citizenForm + "_en.properties", formTexts("What we know and what we ask.", "Case", "Approved?", "Yes", "No", "Advice", "Office"));
        }
        return upload;
    }

    /** The texts of {@link #form} in one language, as a citizen form needs them (docs/adr/0052). */
    private static String formTexts(String intro, String caseRef, String approved, String yes, String no, String advice, String office) {
        return String.join("\n", "Field_Intro.text=" + intro, "Field_CaseRef.label=" + caseRef, "Field_Approved.label=" + approved,
                "Field_Approved.values.yes=" + yes, "Field_Approved.values.no=" + no, "Field_Advice.label=" + advice,
                "Field_Office.label=" + office);
    }

    /**
     * A form that keeps the rules: a required choice of two answers and bounded free text; a field that only shows a
     * value needs no bound, and a choice filled from a variable no answers of its own.
     */
    private static String form(String id) {
        return """
                {"id": "%s", "type": "default", "components": [
                  {"id": "Field_Intro", "type": "text", "text": "What we know and what we ask."},
                  {"id": "Field_CaseRef", "key": "caseRef", "label": "Case", "type": "textfield", "disabled": true},
                  {"id": "Field_Approved", "key": "approved", "label": "Approved?", "type": "radio",
                   "values": [{"label": "Yes", "value": "yes"}, {"label": "No", "value": "no"}], "validate": {"required": true}},
                  {"id": "Field_Advice", "key": "advice", "label": "Advice", "type": "textarea", "validate": {"maxLength": 500}},
                  {"id": "Field_Office", "key": "office", "label": "Office", "type": "select", "valuesKey": "offices"}
                ]}
                """.formatted(id);
    }
}
