package no.lifecase.caseworker;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.lifecase.decision.DecisionTaskProperties;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.lang.Nullable;

/**
 * What an agency task needs to see of its case beyond its reference, life event and the person's name and age
 * (docs/adr/0059), declared in the model as the extension property {@value #PROPERTY}, a comma-separated list of
 * {@code address} (the home address, never a protected one) and {@code parents} (the parents of the person the case is
 * about). The home visit says {@code parents,address}; a task that says nothing gets the least.
 */
record CaseFacts(boolean address, boolean parents, @Nullable String decision) {

    static final String PROPERTY = "caseContext";
    static final Set<String> KNOWN = Set.of("address", "parents");
    static final CaseFacts LEAST = new CaseFacts(false, false, null);

    /** Also the subject of the decision a caseworker's task makes ({@code decision}, docs/adr/0055), whose recommendation it shows. */
    static CaseFacts of(BaseElement task) {
        if (task == null || task.getExtensionElements() == null) {
            return LEAST;
        }
        var properties = task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(all -> all.getCamundaProperties().stream()).toList();
        var declared = of(value(properties, PROPERTY));
        return new CaseFacts(declared.address(), declared.parents(), value(properties, DecisionTaskProperties.DECISION_SUBJECT));
    }

    static CaseFacts of(String declared) {
        var names = declared == null ? Set.<String>of()
                : Arrays.stream(declared.split(",")).map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
        return new CaseFacts(names.contains("address"), names.contains("parents"), null);
    }

    private static String value(List<CamundaProperty> properties, String name) {
        return properties.stream().filter(property -> name.equals(property.getCamundaName())).map(CamundaProperty::getCamundaValue)
                .filter(value -> value != null && !value.isBlank()).findFirst().orElse(null);
    }
}
