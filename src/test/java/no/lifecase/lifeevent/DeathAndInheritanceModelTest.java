package no.lifecase.lifeevent;

import static no.lifecase.lifeevent.ModelHouseRules.assertCallsNotifyAgency;
import static no.lifecase.lifeevent.ModelHouseRules.assertDecisionsExist;
import static no.lifecase.lifeevent.ModelHouseRules.assertDelegatesAsyncWithRetries;
import static no.lifecase.lifeevent.ModelHouseRules.assertExecutableWithDescriptiveIds;
import static no.lifecase.lifeevent.ModelHouseRules.assertFormValidated;
import static no.lifecase.lifeevent.ModelHouseRules.assertPlainLanguageNames;
import static no.lifecase.lifeevent.ModelHouseRules.constants;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import no.lifecase.lifeevent.DeathAndInheritance.Decision;
import no.lifecase.lifeevent.DeathAndInheritance.Delegate;
import no.lifecase.lifeevent.DeathAndInheritance.Element;
import no.lifecase.lifeevent.DeathAndInheritance.Form;
import no.lifecase.lifeevent.DeathAndInheritance.Message;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The house rules for models (docs/adr/0030 lists most of them) for {@code death-and-inheritance.bpmn}, checked on the
 * model itself: ids, plain-language names, async calls with retries, user tasks with agency, due date and a validated
 * form, the notify-agency contract, decisions that exist, and the messages the feeds deliver. The diagram is checked in
 * ModelDiagramsTest.
 */
class DeathAndInheritanceModelTest {

    private static final BpmnModelInstance model = ModelHouseRules.model(DeathAndInheritance.PROCESS_ID);

    @Test
    void the_process_is_executable_named_keeps_history_for_ten_years_and_every_id_names_the_thing() {
        assertThat(assertExecutableWithDescriptiveIds(model, DeathAndInheritance.PROCESS_ID).getName()).isEqualTo("Death and inheritance");
    }

    @Test
    void the_constants_class_and_the_model_name_the_same_flow_nodes() {
        assertThat(constants(Element.class)).isEqualTo(ModelHouseRules.flowNodeIds(model));
    }

    @Test
    void every_element_has_a_plain_language_name_except_merging_gateways() {
        assertPlainLanguageNames(model);
    }

    @Test
    void every_call_to_another_system_is_async_with_retries() {
        assertThat(assertDelegatesAsyncWithRetries(model)).containsExactlyInAnyOrderElementsOf(constants(Delegate.class));
    }

    @Test
    void every_user_task_has_an_agency_a_due_date_and_a_validated_form() {
        Set<String> forms = new HashSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getCamundaCandidateGroups()).as(task.getId()).matches("[a-z]+|\\$\\{[a-zA-Z]+}");
            assertThat(task.getCamundaDueDate()).as(task.getId()).matches("\\$\\{dateTime\\(\\)\\.plus(Days|Months)\\(\\d+\\)\\.toDate\\(\\)}");
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            String formId = task.getCamundaFormRef();
            assertThat(formId).as(task.getId()).matches("(death|estate|funeral|survivor)-[a-z-]+");
            assertFormValidated(formId);
            forms.add(formId);
        }
        assertThat(forms).containsExactlyInAnyOrderElementsOf(constants(Form.class));
    }

    @Test
    void every_agency_is_told_through_notify_agency_with_its_contract() {
        var calls = model.getModelElementsByType(CallActivity.class);
        assertThat(calls).isNotEmpty();
        for (CallActivity call : calls) {
            var ins = assertCallsNotifyAgency(call);
            assertThat(ins).as(call.getId()).anyMatch(in -> "agency".equals(in.getCamundaTarget()) && in.getCamundaSourceExpression() != null);
            assertThat(ins).as(call.getId()).anyMatch(in -> "notice".equals(in.getCamundaTarget())
                    && in.getCamundaSourceExpression().matches("death-[a-z-]+"));
        }
    }

    @Test
    void every_decision_exists_and_keeps_history() {
        assertThat(assertDecisionsExist(model)).containsExactlyInAnyOrderElementsOf(constants(Decision.class));
    }

    @Test
    void the_messages_are_the_ones_the_feeds_deliver() {
        var messages = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class);
        assertThat(messages).allMatch(message -> message.getId().equals("Message_" + message.getName()));
        assertThat(messages.stream().map(org.camunda.bpm.model.bpmn.instance.Message::getName))
                .containsExactlyInAnyOrderElementsOf(constants(Message.class));
    }
}
