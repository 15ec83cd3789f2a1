package no.lifecase.lifeevent;

import static no.lifecase.lifeevent.ModelHouseRules.assertCallsNotifyAgency;
import static no.lifecase.lifeevent.ModelHouseRules.assertDecisionsExist;
import static no.lifecase.lifeevent.ModelHouseRules.assertExecutableWithDescriptiveIds;
import static no.lifecase.lifeevent.ModelHouseRules.isMerge;
import static no.lifecase.lifeevent.ModelHouseRules.model;
import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The house rules for models (docs/adr/0030 lists most of them) for {@code starting-a-business.bpmn} and
 * {@code starting-a-voluntary-organisation.bpmn}, checked on the models: descriptive ids, plain-language names, user
 * tasks with an agency or a citizen, the notify-agency contract and decisions that exist. The diagrams are checked for
 * every model in ModelDiagramsTest.
 */
class OrganisationModelsTest {

    @ParameterizedTest
    @ValueSource(strings = {StartingABusiness.PROCESS_ID, StartingAVoluntaryOrganisation.PROCESS_ID})
    void the_process_is_executable_and_keeps_history_for_ten_years_and_every_id_names_the_thing(String processId) {
        assertExecutableWithDescriptiveIds(model(processId), processId);
    }

    @ParameterizedTest
    @ValueSource(strings = {StartingABusiness.PROCESS_ID, StartingAVoluntaryOrganisation.PROCESS_ID})
    void every_step_has_a_plain_language_name_and_every_choice_is_labelled(String processId) {
        var model = model(processId);
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node instanceof ParallelGateway || isMerge(node)) {
                continue;
            }
            assertThat(node.getName()).as(node.getId()).isNotBlank().doesNotContain("_").doesNotContain("${");
            assertThat(node.getDocumentations().isEmpty() && !(node instanceof Gateway) && !(node instanceof BoundaryEvent)
                    && !(node.getId().startsWith("EndEvent_"))).as(node.getId() + " is documented").isFalse();
        }
        for (ExclusiveGateway split : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (split.getOutgoing().size() > 1) {
                assertThat(split.getDefault()).as(split.getId() + " has a default").isNotNull();
                for (SequenceFlow flow : split.getOutgoing()) {
                    assertThat(flow.getName()).as(flow.getId()).isNotBlank();
                    assertThat(flow == split.getDefault() || flow.getConditionExpression() != null).as(flow.getId()).isTrue();
                }
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
    void every_agency_is_told_through_notify_agency_with_its_contract(String processId) {
        for (CallActivity call : model(processId).getModelElementsByType(CallActivity.class)) {
            var ins = assertCallsNotifyAgency(call);
            assertThat(ins).as(call.getId()).anyMatch(in -> "agency".equals(in.getCamundaTarget())
                    && in.getCamundaSourceExpression().matches("\\$\\{[a-zA-Z]+Agency}"));
            assertThat(ins).as(call.getId()).anyMatch(in -> "notice".equals(in.getCamundaTarget())
                    && in.getCamundaSourceExpression().matches("[a-z-]+"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {StartingABusiness.PROCESS_ID, StartingAVoluntaryOrganisation.PROCESS_ID})
    void every_decision_exists_and_keeps_history(String processId) {
        var model = model(processId);
        assertDecisionsExist(model);
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            assertThat(task.getCamundaDecisionRefBinding()).as(task.getId()).isEqualTo("deployment");
        }
    }
}
