package no.lifecase.lifeevent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.lifecase.casefile.DeadlinePath;
import no.lifecase.lifeevent.SeriouslyIllChild.Decision;
import no.lifecase.lifeevent.SeriouslyIllChild.Delegate;
import no.lifecase.lifeevent.SeriouslyIllChild.Element;
import no.lifecase.lifeevent.SeriouslyIllChild.Form;
import no.lifecase.lifeevent.SeriouslyIllChild.Notice;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house rules of DESIGN §5 for {@code seriously-ill-child.bpmn}, checked on the model itself: ids, plain-language
 * names, async calls with retries, user tasks with agency, due date and a validated form, the notify-agency contract,
 * decisions that exist, and a diagram that shows every element without overlaps.
 */
class SeriouslyIllChildModelTest {

    private static final Pattern DESCRIPTIVE_ID = Pattern.compile("^[A-Z][A-Za-z]*_[A-Z][A-Za-z0-9]*$");
    private static BpmnModelInstance model;

    @BeforeAll
    static void readModel() throws IOException {
        try (InputStream in = resource("seriously-ill-child.bpmn")) {
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);
    }

    @Test
    void the_process_is_executable_named_and_keeps_history_for_ten_years() {
        Process process = model.getModelElementById(SeriouslyIllChild.PROCESS_ID);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getName()).isEqualTo("Seriously ill child");
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("3650");
    }

    @Test
    void every_id_names_the_thing_and_none_is_generated() {
        var ids = model.getModelElementsByType(BaseElement.class).stream()
                .map(BaseElement::getId)
                .filter(id -> id != null && !id.equals(SeriouslyIllChild.PROCESS_ID))
                .filter(id -> !id.startsWith("Definitions_"))
                .collect(Collectors.toList());
        assertThat(ids).isNotEmpty().allMatch(id -> DESCRIPTIVE_ID.matcher(id).matches(), "is descriptive");
    }

    @Test
    void the_constants_class_and_the_model_name_the_same_flow_nodes() throws IllegalAccessException {
        var modelIds = model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
        assertThat(constants(Element.class)).containsExactlyInAnyOrderElementsOf(modelIds);
    }

    @Test
    void every_element_has_a_plain_language_name_except_merging_gateways() {
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (isMerge(node)) {
                continue;
            }
            assertThat(node.getName()).as(node.getId()).isNotBlank().doesNotContain("_").doesNotContain("${");
        }
        for (ExclusiveGateway split : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (split.getOutgoing().size() > 1) {
                split.getOutgoing().forEach(flow -> assertThat(flow.getName()).as(flow.getId()).isNotBlank());
                split.getOutgoing().forEach(flow -> assertThat(flow.getConditionExpression()).as(flow.getId()).isNotNull());
            }
        }
    }

    @Test
    void every_call_to_another_system_is_async_with_retries() throws IllegalAccessException {
        List<Task> delegating = new ArrayList<>(model.getModelElementsByType(ServiceTask.class));
        delegating.addAll(model.getModelElementsByType(SendTask.class));
        Set<String> delegates = new HashSet<>();
        for (Task task : delegating) {
            String expression = task instanceof ServiceTask service ? service.getCamundaDelegateExpression()
                    : ((SendTask) task).getCamundaDelegateExpression();
            assertThat(expression).as(task.getId()).matches("\\$\\{[a-zA-Z]+}");
            delegates.add(expression.substring(2, expression.length() - 1));
            if (DeadlinePath.DELEGATES.contains(expression)) {
                // Calls no other system and runs in the deadline timer's own job.
                assertThat(task.isCamundaAsyncBefore()).as(task.getId() + " asyncBefore").isFalse();
                continue;
            }
            assertThat(task.isCamundaAsyncBefore()).as(task.getId() + " asyncBefore").isTrue();
            var retries = task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list();
            assertThat(retries).as(task.getId() + " retry cycle").hasSize(1);
            assertThat(retries.get(0).getTextContent()).matches("R\\d+/PT\\d+M|(PT\\d+[MH],)+PT\\d+[MH]");
        }
        assertThat(delegates).containsExactlyInAnyOrderElementsOf(constants(Delegate.class));
    }

    @Test
    void every_user_task_has_an_agency_a_due_date_and_a_validated_form() throws IOException, IllegalAccessException {
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
            String formId = task.getCamundaFormRef();
            forms.add(formId);


            JsonNode form = new ObjectMapper().readTree(text(formId + ".form"));
            assertThat(form.path("id").asText()).isEqualTo(formId);
            var inputs = new ArrayList<JsonNode>();
            form.path("components").forEach(component -> {
                if (component.has("key")) {
                    inputs.add(component);
                }
            });
            assertThat(inputs).as(formId + " has a required field")
                    .anyMatch(input -> input.path("validate").path("required").asBoolean());
            for (JsonNode input : inputs) {
                String type = input.path("type").asText();
                if (type.equals("textfield") || type.equals("textarea")) {
                    assertThat(input.path("validate").path("maxLength").asInt()).as(formId + "." + input.path("key")).isPositive();
                }
                if (type.equals("radio") || type.equals("select")) {
                    assertThat(input.path("values").size()).as(formId + "." + input.path("key")).isGreaterThan(1);
                }
            }
        }
        forms.add(((org.camunda.bpm.model.bpmn.instance.StartEvent) model.getModelElementById(Element.START_HELP_ASKED_FOR)).getCamundaFormRef());
        assertThat(forms).containsExactlyInAnyOrderElementsOf(constants(Form.class));
    }

    @Test
    void every_agency_is_told_through_notify_agency_with_its_contract() throws IllegalAccessException {
        var calls = model.getModelElementsByType(CallActivity.class);
        var notices = constants(Notice.class);
        assertThat(calls).isNotEmpty();
        for (CallActivity call : calls) {
            assertThat(call.getCalledElement()).isEqualTo("notify-agency");
            assertThat(call.getCamundaCalledElementBinding()).isEqualTo("latest");
            var ins = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
            assertThat(ins).as(call.getId()).anyMatch(in -> "#{execution.processBusinessKey}".equals(in.getCamundaBusinessKey()));
            assertThat(ins).as(call.getId()).anyMatch(in -> "caseRef".equals(in.getCamundaSource()) && "caseRef".equals(in.getCamundaTarget()));
            assertThat(ins).as(call.getId() + ": the agency comes from a routing decision")
                    .anyMatch(in -> "agency".equals(in.getCamundaTarget()) && in.getCamundaSource() != null && in.getCamundaSource().endsWith("Agency"));
            assertThat(ins).as(call.getId()).anyMatch(in -> "notice".equals(in.getCamundaTarget())
                    && notices.contains(in.getCamundaSourceExpression()));
        }
    }

    @Test
    void every_decision_exists_and_keeps_history() throws IOException, IllegalAccessException {
        Set<String> used = new HashSet<>();
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            used.add(task.getCamundaDecisionRef());
            String dmn = text("decisions/" + task.getCamundaDecisionRef() + ".dmn");
            assertThat(dmn).contains("<decision id=\"" + task.getCamundaDecisionRef() + "\"")
                    .contains("camunda:historyTimeToLive=\"3650\"");
        }
        assertThat(text("decisions/" + Decision.CARE_BENEFIT + ".dmn")).as("G is a decision of its own beside care benefit")
                .contains("<decision id=\"" + Decision.BASIC_AMOUNT + "\"").contains("<requiredDecision href=\"#" + Decision.BASIC_AMOUNT + "\"/>");
        used.add(Decision.BASIC_AMOUNT);
        assertThat(used).containsExactlyInAnyOrderElementsOf(constants(Decision.class));
    }

    private static boolean isMerge(FlowNode node) {
        return node instanceof Gateway && node.getIncoming().size() > 1 && node.getOutgoing().size() == 1;
    }

    private static Set<String> constants(Class<?> holder) throws IllegalAccessException {
        Set<String> values = new HashSet<>();
        for (Field field : holder.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    private static InputStream resource(String name) {
        InputStream in = SeriouslyIllChildModelTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }

    private static String text(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
