package no.lifecase.processowner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import no.lifecase.testsupport.MockModelBeans;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

/** The validator's rules that need no engine: ids, unsafe XML, file limits, forms. */
class ModelValidatorTest {

    private final ApplicationContext context = mock(ApplicationContext.class);
    private final ModelValidator validator = new ModelValidator(context, mock(RepositoryService.class),
            new ProcessOwnerProperties(null, null, null), new MockModelBeans());

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
        var tooMany = java.util.stream.IntStream.range(0, 11).mapToObj(i -> new ModelFile("f" + i + ".form", new byte[0])).toList();
        assertThat(validator.validate(tooMany)).extracting(ModelFinding::rule).containsExactly("too-many-files");
        assertThat(validator.validate(List.of(new ModelFile("../evil.bpmn", new byte[0]), new ModelFile("notes.txt", new byte[0]))))
                .extracting(ModelFinding::rule).containsExactly("file-name", "file-type");
    }

    @Test
    void aFormNeedsAnIdAndComponents() {
        var findings = validator.validate(List.of(
                new ModelFile("empty.form", "{}".getBytes(StandardCharsets.UTF_8)),
                new ModelFile("broken.form", "{".getBytes(StandardCharsets.UTF_8)),
                new ModelFile("home-visit.form", "{\"id\":\"home-visit\",\"components\":[]}".getBytes(StandardCharsets.UTF_8))));

        assertThat(findings).extracting(finding -> finding.file() + ":" + finding.rule())
                .containsExactly("empty.form:form-id", "empty.form:form-components", "broken.form:form-json");
    }

    @Test
    void aServiceTaskWithAKnownAsynchronousDelegatePasses() {
        when(context.containsBean(anyString())).thenReturn(false);
        when(context.containsBean("lookUpPerson")).thenReturn(true);
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_LookUp" targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="look-up" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:serviceTask id="Task_LookUp" camunda:delegateExpression="${lookUpPerson}" camunda:asyncBefore="true">
                      <bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R5/PT1M</camunda:failedJobRetryTimeCycle></bpmn:extensionElements>
                    </bpmn:serviceTask>
                    <bpmn:serviceTask id="Task_Other" camunda:delegateExpression="${missingBean}" camunda:asyncBefore="true">
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
        when(context.containsBean(anyString())).thenReturn(true);
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                                  id="Definitions_Deadlines" targetNamespace="https://lifecase.no/processes">
                  <bpmn:process id="deadlines" isExecutable="true" camunda:historyTimeToLive="30">
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
                    <bpmn:userTask id="Task_ForTheCitizen" camunda:assignee="${mother}"
                                   camunda:formRef="home-visit" camunda:formRefBinding="deployment"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.strip();

        var findings = validator.validate(List.of(new ModelFile("deadlines.bpmn", model.getBytes(StandardCharsets.UTF_8)),
                new ModelFile("home-visit.form", "{\"id\":\"home-visit\",\"components\":[]}".getBytes(StandardCharsets.UTF_8))));

        // The escalation interrupts the task, the other agency task has neither due date nor timers; the
        // citizen's task needs none, and the deadline delegates need not be asynchronous.
        assertThat(findings).filteredOn(ModelFinding::isError).extracting(finding -> finding.elementId() + ":" + finding.rule())
                .containsExactlyInAnyOrder("Timer_WithTimersDeadlinePassed:deadline-timers",
                        "Task_WithoutAnything:deadline-due-date", "Task_WithoutAnything:deadline-timers",
                        "Task_WithoutAnything:deadline-timers");
    }
}
