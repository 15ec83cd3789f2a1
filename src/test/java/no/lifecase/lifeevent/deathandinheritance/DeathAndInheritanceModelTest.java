package no.lifecase.lifeevent.deathandinheritance;

import static no.lifecase.lifeevent.ModelNames.constants;
import static no.lifecase.lifeevent.ModelNames.decisions;
import static no.lifecase.lifeevent.ModelNames.delegates;
import static no.lifecase.lifeevent.ModelNames.inputs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import no.lifecase.lifeevent.ModelNames;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.CalledProcess;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Decision;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Delegate;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Element;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Form;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Message;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * What is particular to {@code death-and-inheritance.bpmn}, checked on the model itself: its name, the constants class
 * that names its flow nodes, delegates, forms, decisions and messages, how its tasks are routed and dated, and what it
 * tells the agencies. The rules every model keeps (ids, names, retries, forms, decisions, the notify-agency contract)
 * are the model validator's, run over the shipped models by ShippedModelsIT; the diagram is checked in ModelDiagramsTest.
 */
class DeathAndInheritanceModelTest {

    private static final BpmnModelInstance model = ModelNames.model(DeathAndInheritance.PROCESS_ID);

    @Test
    void the_process_is_named_for_the_life_event() {
        assertThat(((Process) model.getModelElementById(DeathAndInheritance.PROCESS_ID)).getName()).isEqualTo("Death and inheritance");
    }

    @Test
    void the_constants_class_and_the_model_name_the_same_flow_nodes() {
        assertThat(constants(Element.class)).isEqualTo(ModelNames.flowNodeIds(model));
    }

    @Test
    void the_constants_class_names_every_delegate_the_model_calls() {
        assertThat(delegates(model)).containsExactlyInAnyOrderElementsOf(constants(Delegate.class));
    }

    @Test
    void every_user_task_goes_to_an_agency_or_an_heir_with_a_due_date_in_days_or_months_and_a_death_or_estate_form() {
        Set<String> forms = new HashSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getId().equals(Element.DECLARE_SETTLEMENT)) {
                // The heirs' own task: one per heir, answered by the heir or a minor heir's guardian (docs/adr/0061).
                assertThat(task.getCamundaAssignee()).isEqualTo("${heirAnswerers.get(heir)}");
                assertThat(task.getCamundaCandidateGroups()).isNull();
            } else if (task.getId().equals(Element.SHARE_THE_ESTATE) || task.getId().equals(Element.FILE_ESTATE_TAX_RETURN)) {
                // After the skifteattest any heir may report for all.
                assertThat(task.getCamundaCandidateUsers()).isEqualTo("${heirs}");
                assertThat(task.getCamundaCandidateGroups()).isNull();
            } else {
                assertThat(task.getCamundaCandidateGroups()).as(task.getId()).matches("[a-z]+|\\$\\{[a-zA-Z]+}");
            }
            assertThat(task.getCamundaDueDate()).as(task.getId()).matches("\\$\\{dateTime\\(\\)\\.plus(Days|Months)\\(\\d+\\)\\.toDate\\(\\)}");
            String formId = task.getCamundaFormRef();
            assertThat(formId).as(task.getId()).matches("(death|estate|funeral|survivor)-[a-z-]+");
            forms.add(formId);
        }
        assertThat(forms).containsExactlyInAnyOrderElementsOf(constants(Form.class));
    }

    @Test
    void every_agency_is_told_through_notify_agency_with_a_death_notice() {
        var calls = model.getModelElementsByType(CallActivity.class).stream()
                .filter(call -> !constants(CalledProcess.class).contains(call.getCalledElement())).toList();
        assertThat(calls).isNotEmpty();
        for (CallActivity call : calls) {
            assertThat(call.getCalledElement()).as(call.getId()).isEqualTo("notify-agency");
            var ins = inputs(call);
            assertThat(ins).as(call.getId()).anyMatch(in -> "agency".equals(in.getCamundaTarget()) && in.getCamundaSourceExpression() != null);
            assertThat(ins).as(call.getId()).anyMatch(in -> "notice".equals(in.getCamundaTarget())
                    && in.getCamundaSourceExpression().matches("death-[a-z-]+"));
        }
    }

    @Test
    void the_heirs_declaration_calls_the_evidence_preview_and_then_the_signing_with_the_agreed_variables() {
        CallActivity preview = model.getModelElementById(Element.PREVIEW_EVIDENCE);
        assertThat(preview.getCalledElement()).isEqualTo(CalledProcess.EVIDENCE_PREVIEW);
        assertThat(inputs(preview)).extracting(in -> in.getCamundaTarget()).contains("caseRef", "evidenceSubject", "evidenceReaders");
        CallActivity signing = model.getModelElementById(Element.SIGN_AND_SEND_DECLARATION);
        assertThat(signing.getCalledElement()).isEqualTo(CalledProcess.SIGN_AND_SEND_DECLARATION);
        assertThat(inputs(signing)).extracting(in -> in.getCamundaTarget())
                .contains("caseRef", "deceasedId", "declarationChoice", "signers", "debtTakers");
        assertThat(preview.getOutgoing()).singleElement().satisfies(flow -> assertThat(flow.getTarget().getId()).isEqualTo(Element.SIGN_AND_SEND_DECLARATION));
    }

    @Test
    void the_heirs_answers_stop_when_one_asks_for_public_settlement_or_all_have_answered() {
        UserTask declare = model.getModelElementById(Element.DECLARE_SETTLEMENT);
        var loop = (org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics) declare.getLoopCharacteristics();
        assertThat(loop.getCamundaCollection()).isEqualTo("${heirs}");
        assertThat(loop.getCompletionCondition().getTextContent())
                .isEqualTo("${publicSettlementAsked or nrOfCompletedInstances == nrOfInstances}");
    }

    @Test
    void the_constants_class_names_every_decision_the_model_calls() {
        assertThat(decisions(model)).containsExactlyInAnyOrderElementsOf(constants(Decision.class));
    }

    @Test
    void the_messages_are_the_ones_the_feeds_deliver() {
        var messages = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class);
        assertThat(messages).allMatch(message -> message.getId().equals("Message_" + message.getName()));
        assertThat(messages.stream().map(org.camunda.bpm.model.bpmn.instance.Message::getName))
                .containsExactlyInAnyOrderElementsOf(constants(Message.class));
    }
}
