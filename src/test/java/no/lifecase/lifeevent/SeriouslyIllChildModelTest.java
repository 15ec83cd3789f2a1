package no.lifecase.lifeevent;

import static no.lifecase.lifeevent.ModelHouseRules.assertCallsNotifyAgency;
import static no.lifecase.lifeevent.ModelHouseRules.assertDecisionsExist;
import static no.lifecase.lifeevent.ModelHouseRules.assertDelegatesAsyncWithRetries;
import static no.lifecase.lifeevent.ModelHouseRules.assertExecutableWithDescriptiveIds;
import static no.lifecase.lifeevent.ModelHouseRules.assertFormValidated;
import static no.lifecase.lifeevent.ModelHouseRules.assertPlainLanguageNames;
import static no.lifecase.lifeevent.ModelHouseRules.constants;
import static no.lifecase.lifeevent.ModelHouseRules.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import no.lifecase.lifeevent.SeriouslyIllChild.Decision;
import no.lifecase.lifeevent.SeriouslyIllChild.Delegate;
import no.lifecase.lifeevent.SeriouslyIllChild.Element;
import no.lifecase.lifeevent.SeriouslyIllChild.Form;
import no.lifecase.lifeevent.SeriouslyIllChild.Notice;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * The house rules for models (docs/adr/0030 lists most of them) for {@code seriously-ill-child.bpmn}, checked on the
 * model itself: ids, plain-language names, async calls with retries, user tasks with agency or applicant, due date and
 * a validated form, the notify-agency contract and decisions that exist. The diagram is checked in ModelDiagramsTest.
 */
class SeriouslyIllChildModelTest {

    private static final BpmnModelInstance model = ModelHouseRules.model(SeriouslyIllChild.PROCESS_ID);

    @Test
    void the_process_is_executable_named_keeps_history_for_ten_years_and_every_id_names_the_thing() {
        assertThat(assertExecutableWithDescriptiveIds(model, SeriouslyIllChild.PROCESS_ID).getName()).isEqualTo("Seriously ill child");
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
    void every_user_task_has_an_agency_or_the_applicant_a_due_date_and_a_validated_form() {
        Set<String> forms = new HashSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (task.getCamundaAssignee() != null) {
                assertThat(task.getCamundaAssignee()).as(task.getId() + ": a citizen task is the applicant's").isEqualTo("${applicant}");
                assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNull();
            } else {
                assertThat(task.getCamundaCandidateGroups()).as(task.getId() + ": an agency from a routing decision")
                        .matches("\\$\\{[a-zA-Z]+Agency}");
            }
            assertThat(task.getCamundaDueDate()).as(task.getId()).matches("\\$\\{dateTime\\(\\)\\.plus(Days|Months)\\(\\d+\\)\\.toDate\\(\\)}");
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            assertFormValidated(task.getCamundaFormRef());
            forms.add(task.getCamundaFormRef());
        }
        forms.add(((StartEvent) model.getModelElementById(Element.START_HELP_ASKED_FOR)).getCamundaFormRef());
        assertThat(forms).containsExactlyInAnyOrderElementsOf(constants(Form.class));
    }

    @Test
    void every_agency_is_told_through_notify_agency_with_its_contract() {
        var calls = model.getModelElementsByType(CallActivity.class);
        var notices = constants(Notice.class);
        assertThat(calls).isNotEmpty();
        for (CallActivity call : calls) {
            var ins = assertCallsNotifyAgency(call);
            assertThat(ins).as(call.getId() + ": the agency comes from a routing decision")
                    .anyMatch(in -> "agency".equals(in.getCamundaTarget()) && in.getCamundaSource() != null && in.getCamundaSource().endsWith("Agency"));
            assertThat(ins).as(call.getId()).anyMatch(in -> "notice".equals(in.getCamundaTarget())
                    && notices.contains(in.getCamundaSourceExpression()));
        }
    }

    @Test
    void every_decision_exists_and_keeps_history() {
        var used = new HashSet<>(assertDecisionsExist(model));
        assertThat(text("decisions/" + Decision.CARE_BENEFIT + ".dmn")).as("G is a decision of its own beside care benefit")
                .contains("<decision id=\"" + Decision.BASIC_AMOUNT + "\"").contains("<requiredDecision href=\"#" + Decision.BASIC_AMOUNT + "\"/>");
        used.add(Decision.BASIC_AMOUNT);
        assertThat(used).containsExactlyInAnyOrderElementsOf(constants(Decision.class));
    }
}
