package no.lifecase.processowner;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;

/**
 * What a call to the shared process {@code notify-agency} (agency/notify-agency.bpmn) passes, as its documentation says: the
 * latest version, so that a fix there reaches every life event at once; the case's business key, so that the notice
 * and its receipt belong to the case; and the inputs caseRef, agency and notice.
 */
final class NotifyAgencyContract {

    static final String PROCESS_ID = "notify-agency";
    static final String BUSINESS_KEY = "#{execution.processBusinessKey}";

    private NotifyAgencyContract() {
    }

    static void check(ModelFile file, BpmnModelInstance model, List<ModelFinding> findings) {
        for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
            if (!PROCESS_ID.equals(call.getCalledElement())) {
                continue;
            }
            if (!"latest".equals(call.getCamundaCalledElementBinding())) {
                missing(file, call, "camunda:calledElementBinding=\"latest\"", findings);
            }
            List<CamundaIn> ins = call.getExtensionElements() == null ? List.of()
                    : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
            require(file, call, ins, in -> BUSINESS_KEY.equals(in.getCamundaBusinessKey()),
                    "<camunda:in businessKey=\"" + BUSINESS_KEY + "\"/>", findings);
            require(file, call, ins, in -> "caseRef".equals(in.getCamundaSource()) && "caseRef".equals(in.getCamundaTarget()),
                    "<camunda:in source=\"caseRef\" target=\"caseRef\"/>", findings);
            require(file, call, ins, in -> "agency".equals(in.getCamundaTarget()) && passesSomething(in),
                    "an input with target=\"agency\" (the agency's group, e.g. nav or ${survivorAgency})", findings);
            require(file, call, ins, in -> "notice".equals(in.getCamundaTarget()) && passesSomething(in),
                    "an input with target=\"notice\" (what the agency is told)", findings);
        }
    }

    private static boolean passesSomething(CamundaIn in) {
        return in.getCamundaSource() != null || in.getCamundaSourceExpression() != null;
    }

    private static void require(ModelFile file, CallActivity call, List<CamundaIn> ins, Predicate<CamundaIn> present, String what,
                                List<ModelFinding> findings) {
        if (ins.stream().noneMatch(present)) {
            missing(file, call, what, findings);
        }
    }

    private static void missing(ModelFile file, CallActivity call, String what, List<ModelFinding> findings) {
        findings.add(ModelFinding.error(file.name(), call.getId(), "notify-agency-contract",
                "A call to " + PROCESS_ID + " needs " + what + "."));
    }
}
