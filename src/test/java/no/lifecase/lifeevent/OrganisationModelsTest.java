package no.lifecase.lifeevent;

import static no.lifecase.lifeevent.ModelNames.inputs;
import static no.lifecase.lifeevent.ModelNames.model;
import static org.assertj.core.api.Assertions.assertThat;

import no.lifecase.lifeevent.startingabusiness.StartingABusiness;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the two organisation models, {@code starting-a-business.bpmn} and {@code starting-a-voluntary-organisation.bpmn},
 * keep beyond the rules every model keeps (those are the model validator's, run over the shipped models by
 * ShippedModelsIT): every step is documented, every choice has a default, user tasks go to an agency or to the
 * citizens it concerns, agencies come from a routing decision, and decisions are bound to the deployment. The diagrams
 * are checked for every model in ModelDiagramsTest.
 */
class OrganisationModelsTest {

    @ParameterizedTest
    @ValueSource(strings = {StartingABusiness.PROCESS_ID, StartingAVoluntaryOrganisation.PROCESS_ID})
    void every_step_is_documented_and_every_choice_has_a_default(String processId) {
        var model = model(processId);
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(node.getDocumentations().isEmpty() && !(node instanceof Gateway) && !(node instanceof BoundaryEvent)
                    && !(node.getId().startsWith("EndEvent_"))).as(node.getId() + " is documented").isFalse();
        }
        for (ExclusiveGateway split : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (split.getOutgoing().size() > 1) {
                assertThat(split.getDefault()).as(split.getId() + " has a default").isNotNull();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {StartingABusiness.PROCESS_ID, StartingAVoluntaryOrganisation.PROCESS_ID})
    void every_user_task_goes_to_an_agency_or_to_the_citizens_it_concerns(String processId) {
        for (UserTask task : model(processId).getModelElementsByType(UserTask.class)) {
            var routed = task.getCamundaCandidateGroups() != null ? task.getCamundaCandidateGroups()
                    : task.getCamundaAssignee() != null ? task.getCamundaAssignee() : task.getCamundaCandidateUsers();
            assertThat(routed).as(task.getId()).matches("[a-z-]+|\\$\\{.+}");
            assertThat(task.getCamundaDueDate()).as(task.getId()).matches("\\$\\{dateTime\\(\\)\\.plusDays\\(\\d+\\)\\.toDate\\(\\)}");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {StartingABusiness.PROCESS_ID, StartingAVoluntaryOrganisation.PROCESS_ID})
    void every_agency_from_a_routing_decision_is_told_through_notify_agency(String processId) {
        for (CallActivity call : model(processId).getModelElementsByType(CallActivity.class)) {
            assertThat(call.getCalledElement()).as(call.getId()).isEqualTo("notify-agency");
            var ins = inputs(call);
            assertThat(ins).as(call.getId()).anyMatch(in -> "agency".equals(in.getCamundaTarget())
                    && in.getCamundaSourceExpression().matches("\\$\\{[a-zA-Z]+Agency}"));
            assertThat(ins).as(call.getId()).anyMatch(in -> "notice".equals(in.getCamundaTarget())
                    && in.getCamundaSourceExpression().matches("[a-z-]+"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {StartingABusiness.PROCESS_ID, StartingAVoluntaryOrganisation.PROCESS_ID})
    void every_decision_is_bound_to_the_deployment(String processId) {
        var model = model(processId);
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            assertThat(task.getCamundaDecisionRefBinding()).as(task.getId()).isEqualTo("deployment");
        }
    }
}
