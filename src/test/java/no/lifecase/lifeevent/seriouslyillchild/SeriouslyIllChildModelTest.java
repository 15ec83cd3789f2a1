package no.lifecase.lifeevent.seriouslyillchild;

import static no.lifecase.lifeevent.ModelNames.constants;
import static no.lifecase.lifeevent.ModelNames.decisions;
import static no.lifecase.lifeevent.ModelNames.delegates;
import static no.lifecase.lifeevent.ModelNames.inputs;
import static no.lifecase.lifeevent.ModelNames.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import no.lifecase.lifeevent.ModelNames;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Decision;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Delegate;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Element;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Form;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Notice;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Variable;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * What is particular to {@code seriously-ill-child.bpmn}, checked on the model itself: its name, the constants class
 * that names its flow nodes, delegates, forms, notices and decisions, how its tasks are routed and dated, and what it
 * tells the agencies. The rules every model keeps (ids, names, retries, forms, decisions, the notify-agency contract)
 * are the model validator's, run over the shipped models by ShippedModelsIT; the diagram is checked in ModelDiagramsTest.
 */
class SeriouslyIllChildModelTest {

    private static final BpmnModelInstance model = ModelNames.model(SeriouslyIllChild.PROCESS_ID);

    @Test
    void the_process_is_named_for_the_life_event() {
        assertThat(((Process) model.getModelElementById(SeriouslyIllChild.PROCESS_ID)).getName()).isEqualTo("Seriously ill child");
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
    void every_user_task_goes_to_an_agency_from_a_routing_decision_or_to_the_applicant_with_a_due_date() {
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
            forms.add(task.getCamundaFormRef());
        }
        forms.add(((StartEvent) model.getModelElementById(Element.START_HELP_ASKED_FOR)).getCamundaFormRef());
        assertThat(forms).containsExactlyInAnyOrderElementsOf(constants(Form.class));
    }

    @Test
    void every_agency_from_a_routing_decision_is_told_through_notify_agency_with_a_notice_of_the_constants_class() {
        var calls = model.getModelElementsByType(CallActivity.class);
        var notices = constants(Notice.class);
        assertThat(calls).isNotEmpty();
        for (CallActivity call : calls) {
            assertThat(call.getCalledElement()).as(call.getId()).isEqualTo("notify-agency");
            var ins = inputs(call);
            assertThat(ins).as(call.getId() + ": the agency comes from a routing decision")
                    .anyMatch(in -> "agency".equals(in.getCamundaTarget()) && in.getCamundaSource() != null && in.getCamundaSource().endsWith("Agency"));
            assertThat(ins).as(call.getId()).anyMatch(in -> "notice".equals(in.getCamundaTarget())
                    && notices.contains(in.getCamundaSourceExpression()));
        }
    }

    @Test
    void the_constants_class_names_every_decision_the_model_calls() {
        var used = new HashSet<>(decisions(model));
        assertThat(text("decisions/" + Decision.CARE_BENEFIT + ".dmn")).as("G comes from the dated reference data, not the model")
                .doesNotContain("<decision id=\"" + Variable.BASIC_AMOUNT + "\"").contains(Variable.BASIC_AMOUNT + " / 2");
        assertThat(used).containsExactlyInAnyOrderElementsOf(constants(Decision.class));
    }
}
